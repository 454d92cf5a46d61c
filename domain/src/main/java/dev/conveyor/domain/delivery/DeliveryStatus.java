package dev.conveyor.domain.delivery;

import java.util.EnumSet;
import java.util.Set;

/**
 * A delivery is prepared, leaves the warehouse, arrives. A pending one may be
 * cancelled; a shipped one may fail (the goods come back). Both give their
 * units back to what remains of the order.
 */
public enum DeliveryStatus {
    PENDING,
    SHIPPED,
    DELIVERED,
    FAILED,
    CANCELLED;

    public Set<DeliveryStatus> successors() {
        return switch (this) {
            case PENDING -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED, FAILED);
            case DELIVERED, FAILED, CANCELLED -> EnumSet.noneOf(DeliveryStatus.class);
        };
    }

    public boolean canBecome(DeliveryStatus next) {
        return successors().contains(next);
    }

    /** Whether its units count for the order: everything but a failed or cancelled delivery. */
    public boolean holdsUnits() {
        return this == PENDING || this == SHIPPED || this == DELIVERED;
    }
}
