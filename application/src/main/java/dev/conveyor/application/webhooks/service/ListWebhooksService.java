package dev.conveyor.application.webhooks.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.webhooks.port.in.ListWebhooksQuery;
import dev.conveyor.application.webhooks.port.in.WebhookView;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort;
import dev.conveyor.domain.user.Role;
import java.util.List;

final class ListWebhooksService implements ListWebhooksQuery {

    private final WebhookStorePort store;

    ListWebhooksService(WebhookStorePort store) {
        this.store = store;
    }

    @Override
    public List<WebhookView> list(Actor actor) {
        actor.requireRole(Role.ADMIN);
        return store.all().stream().map(WebhookView::of).toList();
    }
}
