package dev.conveyor.application.webhooks.port.in;

import java.util.UUID;

public interface DeliverWebhooksUseCase {

    /**
     * Sends the endpoint's due deliveries in position order until one fails (it waits for its retry), none is
     * due, or another sender holds the endpoint.
     *
     * @return how many were delivered
     */
    int deliver(UUID webhookId);
}
