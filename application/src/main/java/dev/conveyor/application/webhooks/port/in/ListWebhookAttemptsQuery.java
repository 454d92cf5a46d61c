package dev.conveyor.application.webhooks.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Attempt;
import java.util.UUID;

public interface ListWebhookAttemptsQuery {

    /** Administrators: the endpoint's delivery attempts (status, latency, the answer's start), newest first. */
    Page<Attempt> list(Actor actor, UUID webhookId, PageRequest page);
}
