package dev.conveyor.application.payments.port.in;

public interface HandlePaymentWebhookUseCase {

    /**
     * Applies what a gateway reports (payments taken or failed, refunds) once
     * its signature is verified. Repeated and out-of-order reports leave the
     * same final state as one report of each in order.
     *
     * @param payload   the request body exactly as received
     * @param signature the gateway's signature header
     * @throws dev.conveyor.domain.shared.InvalidInputException when the signature is missing, wrong or stale
     * @throws dev.conveyor.domain.shared.NotFoundException for a gateway that sends no webhooks
     * @throws dev.conveyor.domain.shared.ConflictException UNKNOWN_PAYMENT when a report names no known order yet
     *                                                      (the gateway retries later)
     */
    void handle(String gateway, String payload, String signature, String correlationId);
}
