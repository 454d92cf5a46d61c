package dev.conveyor.application.backoffice.port.out;

import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Figures over all orders and deliveries for the back office's dashboard, summed by the database. */
public interface BackOfficeFiguresPort {

    /** Counts per status axis and amounts per currency over every order. */
    OrderFigures orderFigures();

    /**
     * Orders placed at or after {@code from} and before {@code to}, grouped into consecutive buckets of
     * {@code width} starting at {@code from}, and by currency; buckets without orders are absent.
     */
    List<PlacedBucket> placedPerBucket(Instant from, Instant to, Duration width);

    /** Deliveries created at or after {@code from} and before {@code to}. */
    DeliveryFigures deliveriesCreated(Instant from, Instant to);

    /**
     * @param byStatus            orders per status; statuses without orders may be absent (likewise below)
     * @param revenueMinor        per currency, the totals of the orders not cancelled (gross)
     * @param revenueNetMinor     per currency, those totals less their tax
     * @param unpaidMinor         per currency, what the orders not cancelled still owe: total less payments
     *                            net of refunds, never below zero per order
     */
    record OrderFigures(Map<OrderStatus, Long> byStatus, Map<PaymentStatus, Long> byPaymentStatus,
                        Map<FulfillmentStatus, Long> byFulfillmentStatus, Map<String, Long> revenueMinor,
                        Map<String, Long> revenueNetMinor, Map<String, Long> unpaidMinor) {
        public OrderFigures {
            byStatus = Map.copyOf(byStatus);
            byPaymentStatus = Map.copyOf(byPaymentStatus);
            byFulfillmentStatus = Map.copyOf(byFulfillmentStatus);
            revenueMinor = Map.copyOf(revenueMinor);
            revenueNetMinor = Map.copyOf(revenueNetMinor);
            unpaidMinor = Map.copyOf(unpaidMinor);
        }
    }

    /**
     * @param index        which bucket: 0 starts at {@code from}
     * @param orders       orders placed in it, in this currency, cancelled ones included
     * @param revenueMinor the totals of those not cancelled
     */
    record PlacedBucket(int index, String currency, long orders, long revenueMinor) {
    }

    /**
     * @param valueMinor per currency, the value of the delivered goods at the order's prices
     * @param pending    not delivered yet and still on their way (pending or shipped)
     */
    record DeliveryFigures(long count, Map<String, Long> valueMinor, long pending, long delivered) {
        public DeliveryFigures {
            valueMinor = Map.copyOf(valueMinor);
        }
    }
}
