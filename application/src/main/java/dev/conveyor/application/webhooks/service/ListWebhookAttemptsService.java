package dev.conveyor.application.webhooks.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.webhooks.port.in.ListWebhookAttemptsQuery;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Attempt;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort;
import java.util.UUID;

final class ListWebhookAttemptsService implements ListWebhookAttemptsQuery {

    private final Webhooks webhooks;
    private final WebhookStorePort store;

    ListWebhookAttemptsService(Webhooks webhooks, WebhookStorePort store) {
        this.webhooks = webhooks;
        this.store = store;
    }

    @Override
    public Page<Attempt> list(Actor actor, UUID webhookId, PageRequest page) {
        return store.attempts(webhooks.forAdmin(actor, webhookId).id(), page);
    }
}
