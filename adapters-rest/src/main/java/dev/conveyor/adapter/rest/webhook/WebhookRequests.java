package dev.conveyor.adapter.rest.webhook;

import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.webhooks.port.in.ChangeWebhookUseCase.ChangeWebhookCommand;
import dev.conveyor.application.webhooks.port.in.EventTypes;
import dev.conveyor.application.webhooks.port.in.RegisterWebhookUseCase.RegisterWebhookCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The bodies of the webhook administration routes. */
final class WebhookRequests {

    private WebhookRequests() {
    }

    /** An endpoint to register; without event types it gets every type. */
    @Serdeable
    record RegisterWebhookRequest(@Nullable @Schema(example = "https://example.com/conveyor-hook") String url,
                                  @Nullable @Schema(example = "[\"order:created\"]") List<String> eventTypes)
            implements JsonRequest {

        RegisterWebhookCommand toCommand() {
            return new RegisterWebhookCommand(url, new EventTypes(eventTypes == null ? List.of() : eventTypes));
        }
    }

    /** What to change; absent members stay. */
    @Serdeable
    record ChangeWebhookRequest(@Nullable Boolean active, @Nullable List<String> eventTypes) implements JsonRequest {

        ChangeWebhookCommand toCommand() {
            return new ChangeWebhookCommand(active, eventTypes == null ? null : new EventTypes(eventTypes));
        }
    }
}
