package dev.conveyor.domain.webhook;

import dev.conveyor.domain.event.DomainEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** An outbound webhook endpoint was switched off after its deliveries kept failing. */
public record WebhookDisabled(UUID aggregateId, String url, String reason, Instant occurredAt) implements DomainEvent {

    public static final String TYPE = "webhook:disabled";

    public WebhookDisabled {
        Objects.requireNonNull(aggregateId);
        Objects.requireNonNull(url);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(occurredAt);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return "webhook";
    }

    @Override
    public Map<String, Object> payload() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("webhookId", aggregateId.toString());
        payload.put("url", url);
        payload.put("reason", reason);
        return payload;
    }
}
