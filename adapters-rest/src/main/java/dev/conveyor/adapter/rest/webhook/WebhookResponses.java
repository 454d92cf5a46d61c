package dev.conveyor.adapter.rest.webhook;

import dev.conveyor.application.webhooks.port.in.RegisterWebhookUseCase.RegisteredWebhook;
import dev.conveyor.application.webhooks.port.in.WebhookView;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Attempt;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answers of the webhook administration routes. */
final class WebhookResponses {

    private WebhookResponses() {
    }

    /** An endpoint; {@code disabledReason} says why the server switched it off. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record WebhookResponse(UUID id, String url, List<String> eventTypes, boolean active,
                           @Nullable String disabledReason, Instant createdAt) {
        static WebhookResponse of(WebhookView view) {
            return new WebhookResponse(view.id(), view.url(), view.eventTypes(), view.active(), view.disabledReason(),
                    view.createdAt());
        }
    }

    /** A new endpoint and its signing secret, shown this once. */
    @Serdeable
    record RegisteredWebhookResponse(WebhookResponse webhook, String secret) {
        static RegisteredWebhookResponse of(RegisteredWebhook registered) {
            return new RegisteredWebhookResponse(WebhookResponse.of(registered.webhook()), registered.secret());
        }
    }

    /** One attempt at a delivery: the receiver's status (none when no answer came), latency, answer's start. */
    @Serdeable
    record AttemptResponse(UUID id, UUID deliveryId, long position, UUID eventId, String eventType,
                           Instant attemptedAt, @Nullable Integer statusCode, long latencyMillis,
                           @Nullable String responseExcerpt, @Nullable String error) {
        static AttemptResponse of(Attempt attempt) {
            return new AttemptResponse(attempt.id(), attempt.deliveryId(), attempt.position(), attempt.eventId(),
                    attempt.eventType(), attempt.attemptedAt(), attempt.statusCode(), attempt.latencyMillis(),
                    attempt.responseExcerpt(), attempt.error());
        }
    }
}
