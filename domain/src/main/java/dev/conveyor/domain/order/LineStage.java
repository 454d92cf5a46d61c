package dev.conveyor.domain.order;

/**
 * Where one line stands, as the seller of its product sees it: the order's
 * life-cycle status and the line's own shipped and delivered units together.
 */
public enum LineStage {
    /** Nothing shipped and nobody started: the order is pending or confirmed. */
    PENDING,
    /** Work started: the order is being processed, or some units left already. */
    PROCESSING,
    /** Every unit still expected left the warehouse; not all arrived. */
    SHIPPED,
    /** Every unit still expected arrived. */
    DELIVERED,
    /** The order was cancelled, or every unit of the line was. */
    CANCELLED;

    public static LineStage of(OrderStatus status, OrderLine line) {
        if (status == OrderStatus.CANCELLED || line.active() == 0) {
            return CANCELLED;
        }
        if (line.delivered() == line.active()) {
            return DELIVERED;
        }
        if (line.shipped() == line.active()) {
            return SHIPPED;
        }
        if (status == OrderStatus.PROCESSING || status == OrderStatus.COMPLETED || line.shipped() > 0) {
            return PROCESSING;
        }
        return PENDING;
    }
}
