package dev.conveyor.application.webhooks.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.shared.Check;

public interface RegisterWebhookUseCase {

    /**
     * Administrators: a new, active endpoint that gets every event of its types from now on. The answer holds
     * the endpoint's signing secret, which is never shown again.
     */
    RegisteredWebhook register(Actor actor, RegisterWebhookCommand command);

    record RegisterWebhookCommand(String url, EventTypes eventTypes) {
        public RegisterWebhookCommand {
            url = Check.text("url", url, 2_000);
            Check.notNull("eventTypes", eventTypes);
        }
    }

    record RegisteredWebhook(WebhookView webhook, String secret) {
    }
}
