package dev.conveyor.application.webhooks.port.in;

import dev.conveyor.application.shared.Actor;
import java.util.UUID;

public interface ChangeWebhookUseCase {

    /**
     * Administrators: switch an endpoint on or off, or change its event types. Switched back on, an endpoint
     * disabled by the server gets its pending deliveries again.
     */
    WebhookView change(Actor actor, UUID webhookId, ChangeWebhookCommand command);

    /** Null members stay as they are. */
    record ChangeWebhookCommand(Boolean active, EventTypes eventTypes) {
    }
}
