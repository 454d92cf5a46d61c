package dev.conveyor.application.webhooks.port.in;

import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Webhook;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An endpoint as administrators see it: everything but its secret. */
public record WebhookView(UUID id, String url, List<String> eventTypes, boolean active, String disabledReason,
                          Instant createdAt) {

    public static WebhookView of(Webhook webhook) {
        return new WebhookView(webhook.id(), webhook.url(), webhook.eventTypes(), webhook.active(),
                webhook.disabledReason(), webhook.createdAt());
    }
}
