package dev.conveyor.application.fulfilment.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.shared.Check;

public interface ChangeDeliveryStatusUseCase {

    /**
     * PENDING → SHIPPED (consumes the stock) → DELIVERED, or CANCELLED before
     * shipping, FAILED after (the units are remaining again, a failed
     * delivery's unpaid invoice is voided). Staff, or a seller all of whose
     * lines it holds.
     *
     * @throws dev.conveyor.domain.delivery.InvalidDeliveryTransitionException with the allowed statuses
     */
    DeliveryView changeStatus(Actor actor, DeliveryId deliveryId, ChangeDeliveryStatusCommand command);

    record ChangeDeliveryStatusCommand(DeliveryStatus status, String carrier, String trackingNumber, String reason) {

        public ChangeDeliveryStatusCommand {
            Check.notNull("status", status);
        }
    }
}
