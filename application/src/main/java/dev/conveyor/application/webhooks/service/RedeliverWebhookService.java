package dev.conveyor.application.webhooks.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.webhooks.port.in.RedeliverWebhookUseCase;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort;
import dev.conveyor.domain.shared.NotFoundException;
import java.time.Clock;
import java.util.UUID;

final class RedeliverWebhookService implements RedeliverWebhookUseCase {

    private final Webhooks webhooks;
    private final WebhookStorePort store;
    private final TransactionPort transactions;
    private final Clock clock;

    RedeliverWebhookService(Webhooks webhooks, WebhookStorePort store, TransactionPort transactions, Clock clock) {
        this.webhooks = webhooks;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void redeliver(Actor actor, UUID webhookId, UUID deliveryId) {
        UUID webhook = webhooks.forAdmin(actor, webhookId).id();
        transactions.inTransaction(() -> store.save(store.delivery(webhook, deliveryId)
                .orElseThrow(() -> new NotFoundException("DELIVERY_NOT_FOUND", "no delivery " + deliveryId))
                .again(clock.instant())));
    }
}
