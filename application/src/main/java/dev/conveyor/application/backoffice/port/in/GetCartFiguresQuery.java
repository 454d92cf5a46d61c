package dev.conveyor.application.backoffice.port.in;

import dev.conveyor.application.backoffice.port.out.OrderCustomer;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The dashboard's cart figures: abandoned carts and the conversion of carts into orders. */
public interface GetCartFiguresQuery {

    /** Staff and administrators. */
    CartFigures figures(Actor actor);

    /**
     * @param abandonedAfter how long a cart with lines stays unchanged before it counts as abandoned
     * @param abandoned      how many carts are abandoned now
     * @param abandonedCarts the most recently changed of them, at most {@link #LISTED}
     * @param since          the start of the conversion's period (the dashboard's 30 days), up to {@code computedAt}
     * @param started        carts started in the period (a first line put into an empty cart)
     * @param checkedOut     how many of those became an order
     */
    record CartFigures(Instant computedAt, Duration abandonedAfter, long abandoned, List<AbandonedCart> abandonedCarts,
                       Instant since, long started, long checkedOut) {

        public static final int LISTED = 50;

        public CartFigures {
            abandonedCarts = List.copyOf(abandonedCarts);
        }

        /** Carts checked out ÷ carts started; null when none started (there is nothing to divide). */
        public Double conversion() {
            return started == 0 ? null : (double) checkedOut / started;
        }
    }

    /**
     * @param value     today's prices of its lines still on sale, one amount per currency
     * @param idleSince the cart's last change
     */
    record AbandonedCart(OrderCustomer customer, int lines, int units, List<Money> value, Instant idleSince) {
        public AbandonedCart {
            value = List.copyOf(value);
        }
    }
}
