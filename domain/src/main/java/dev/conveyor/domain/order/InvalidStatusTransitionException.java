package dev.conveyor.domain.order;

import dev.conveyor.domain.shared.ConflictException;
import java.util.List;
import java.util.Set;

/** The requested status is not reachable from the current one (for this caller). */
public class InvalidStatusTransitionException extends ConflictException {

    private final OrderStatus current;
    private final OrderStatus requested;
    private final List<OrderStatus> allowed;

    public InvalidStatusTransitionException(OrderStatus current, OrderStatus requested, Set<OrderStatus> allowed) {
        super("INVALID_STATUS_TRANSITION", "cannot change an order from " + current + " to " + requested
                + (allowed.isEmpty() ? "; no change is allowed now" : "; allowed: " + allowed));
        this.current = current;
        this.requested = requested;
        this.allowed = allowed.stream().sorted().toList();
    }

    public OrderStatus current() {
        return current;
    }

    public OrderStatus requested() {
        return requested;
    }

    public List<OrderStatus> allowed() {
        return allowed;
    }
}
