package dev.conveyor.application.fulfilment.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.delivery.DeliveryId;

public interface GenerateInvoiceUseCase {

    /**
     * The invoice of a shipped or delivered delivery, made once: a later call
     * (or a concurrent one, on any instance) answers the same invoice. Staff only.
     *
     * @param idempotencyKey null when the client sent none
     */
    GeneratedInvoice generate(Actor actor, DeliveryId deliveryId, IdempotencyKey idempotencyKey);

    /** @param created false when the delivery had its invoice already */
    record GeneratedInvoice(InvoiceView invoice, boolean created) {
    }
}
