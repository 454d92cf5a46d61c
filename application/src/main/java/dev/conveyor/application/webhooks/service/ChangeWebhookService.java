package dev.conveyor.application.webhooks.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.webhooks.port.in.ChangeWebhookUseCase;
import dev.conveyor.application.webhooks.port.in.WebhookView;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Webhook;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort;
import java.util.UUID;

final class ChangeWebhookService implements ChangeWebhookUseCase {

    private final Webhooks webhooks;
    private final WebhookStorePort store;
    private final TransactionPort transactions;

    ChangeWebhookService(Webhooks webhooks, WebhookStorePort store, TransactionPort transactions) {
        this.webhooks = webhooks;
        this.store = store;
        this.transactions = transactions;
    }

    @Override
    public WebhookView change(Actor actor, UUID webhookId, ChangeWebhookCommand command) {
        return transactions.inTransaction(() -> {
            Webhook webhook = webhooks.forAdmin(actor, webhookId);
            if (command.active() != null) {
                webhook = webhook.activated(command.active());
            }
            if (command.eventTypes() != null) {
                webhook = webhook.withEventTypes(command.eventTypes().types());
            }
            store.save(webhook);
            return WebhookView.of(webhook);
        });
    }
}
