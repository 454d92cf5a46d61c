package dev.conveyor.application.webhooks.service;

import dev.conveyor.application.webhooks.port.in.DueWebhooksQuery;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

final class DueWebhooksService implements DueWebhooksQuery {

    private final WebhookStorePort store;
    private final Clock clock;

    DueWebhooksService(WebhookStorePort store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<UUID> due() {
        return store.due(clock.instant());
    }
}
