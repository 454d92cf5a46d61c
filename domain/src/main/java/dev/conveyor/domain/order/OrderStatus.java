package dev.conveyor.domain.order;

import java.util.EnumSet;
import java.util.Set;

/** The life cycle axis of an order; fulfilment and payment are separate axes. */
public enum OrderStatus {
    /** Placed, stock reserved, inside the customer's cancellation window. */
    PENDING,
    /** The window closed; the server confirmed it. */
    CONFIRMED,
    /** Staff or a seller started working on it. */
    PROCESSING,
    /** Everything delivered and paid. */
    COMPLETED,
    CANCELLED;

    public Set<OrderStatus> successors() {
        return switch (this) {
            case PENDING -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(PROCESSING, COMPLETED, CANCELLED);
            case PROCESSING -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canBecome(OrderStatus next) {
        return successors().contains(next);
    }

    public boolean isFinal() {
        return successors().isEmpty();
    }

    /** Statuses shown under "current" orders; the others are history. */
    public boolean isOpen() {
        return this == PENDING || this == CONFIRMED || this == PROCESSING;
    }
}
