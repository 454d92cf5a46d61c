package dev.conveyor.application.webhooks.port.in;

import dev.conveyor.application.shared.Actor;
import java.util.List;

public interface ListWebhooksQuery {

    /** Administrators: every endpoint, oldest first. */
    List<WebhookView> list(Actor actor);
}
