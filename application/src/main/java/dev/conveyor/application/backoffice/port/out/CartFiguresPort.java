package dev.conveyor.application.backoffice.port.out;

import dev.conveyor.domain.cart.Cart;
import java.time.Instant;
import java.util.List;

/** Figures over every customer's cart for the dashboard: carts left with lines in them, and conversion. */
public interface CartFiguresPort {

    /** Carts started at or after {@code since}, and how many of those were checked out. */
    Conversion conversion(Instant since);

    /** Carts holding lines whose last change was before {@code idleBefore}. */
    long countAbandoned(Instant idleBefore);

    /** The first {@code limit} of those carts, the most recently changed first, with their customers. */
    List<IdleCart> abandoned(Instant idleBefore, int limit);

    record Conversion(long started, long checkedOut) {
    }

    record IdleCart(Cart cart, OrderCustomer customer) {
    }
}
