package dev.conveyor.application.webhooks.port.in;

import java.util.UUID;

public interface DeliverWebhooksUseCase {

    /**
     * One run: sends the endpoint's due deliveries in position order, in one transaction, until one fails (it
     * waits for its retry), none is due, the run is full or has lasted its time, or another sender holds the
     * endpoint.
     *
     * @return how many were delivered; more may be due when it is not 0
     */
    int deliver(UUID webhookId);
}
