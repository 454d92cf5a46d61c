package dev.conveyor.domain.delivery;

import dev.conveyor.domain.shared.ConflictException;
import java.util.List;

/** The requested delivery status is not reachable from the current one. */
public class InvalidDeliveryTransitionException extends ConflictException {

    private final DeliveryStatus current;
    private final List<DeliveryStatus> allowed;

    public InvalidDeliveryTransitionException(DeliveryStatus current, DeliveryStatus requested) {
        super("INVALID_DELIVERY_TRANSITION", "cannot change a delivery from " + current + " to " + requested
                + (current.successors().isEmpty() ? "; it is final" : "; allowed: " + current.successors()));
        this.current = current;
        this.allowed = current.successors().stream().sorted().toList();
    }

    public DeliveryStatus current() {
        return current;
    }

    public List<DeliveryStatus> allowed() {
        return allowed;
    }
}
