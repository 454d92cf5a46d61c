package dev.conveyor.application.webhooks.port.in;

import dev.conveyor.application.shared.Actor;
import java.util.UUID;

public interface RedeliverWebhookUseCase {

    /** Administrators: send a delivery again, whatever became of it, with fresh retries. */
    void redeliver(Actor actor, UUID webhookId, UUID deliveryId);
}
