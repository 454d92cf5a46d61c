package dev.conveyor.application.webhooks.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.Backoff;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.webhooks.port.in.DeliverWebhooksUseCase;
import dev.conveyor.application.webhooks.port.out.WebhookSenderPort.Response;
import dev.conveyor.application.webhooks.port.out.WebhookSenderPort;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Attempt;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Delivery;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Webhook;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.shared.Ids;
import dev.conveyor.domain.webhook.WebhookDisabled;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sends an endpoint's deliveries one at a time in position order. Each attempt is one transaction that holds
 * the endpoint's row (skipped by any other sender, on any instance), so a later event never overtakes an
 * earlier one that waits for its retry. A delivery still failing {@code retryFor} after its first attempt
 * fails for good, and the endpoint is disabled with a {@code webhook:disabled} event.
 */
final class DeliverWebhooksService implements DeliverWebhooksUseCase {

    private final WebhookStorePort store;
    private final WebhookSenderPort sender;
    private final TransactionPort transactions;
    private final EventRecorder events;
    private final WebhookSettings settings;
    private final Backoff backoff;
    private final Clock clock;

    DeliverWebhooksService(WebhookStorePort store, WebhookSenderPort sender, TransactionPort transactions,
                           EventRecorder events, WebhookSettings settings, Backoff backoff, Clock clock) {
        this.store = store;
        this.sender = sender;
        this.transactions = transactions;
        this.events = events;
        this.settings = settings;
        this.backoff = backoff;
        this.clock = clock;
    }

    @Override
    public int deliver(UUID webhookId) {
        int delivered = 0;
        while (delivered < settings.maxPerRun()) {
            List<DomainEvent> recorded = new ArrayList<>();
            boolean sent = transactions.inTransaction(() -> attempt(webhookId, recorded));
            events.committed(recorded);
            if (!sent) {
                break;
            }
            delivered++;
        }
        return delivered;
    }

    /** @return whether a delivery went through */
    private boolean attempt(UUID webhookId, List<DomainEvent> recorded) {
        Webhook webhook = store.tryLock(webhookId).filter(Webhook::active).orElse(null);
        if (webhook == null) {
            return false;
        }
        Instant now = clock.instant();
        Delivery delivery = store.head(webhookId)
                .filter(head -> head.nextAttemptAt() == null || !head.nextAttemptAt().isAfter(now)).orElse(null);
        if (delivery == null) {
            return false;
        }
        Response response = sender.send(webhook.url(), webhook.secret(), delivery, now);
        store.addAttempt(new Attempt(Ids.newId(), webhookId, delivery.id(), delivery.position(), delivery.eventId(),
                delivery.eventType(), now, response.statusCode(), response.latencyMillis(), response.excerpt(),
                response.error()));
        if (response.succeeded()) {
            store.save(delivery.delivered(now));
            return true;
        }
        Instant first = delivery.firstAttemptAt() != null ? delivery.firstAttemptAt() : now;
        if (now.isBefore(first.plus(settings.retryFor()))) {
            store.save(delivery.retryAt(now, now.plus(backoff.delayAfter(delivery.attempts() + 1))));
            return false;
        }
        store.save(delivery.failed(now));
        String reason = "deliveries failed for " + settings.retryFor() + "; last: "
                + (response.statusCode() != null ? "HTTP " + response.statusCode() : response.error());
        store.save(webhook.disabled(reason));
        List<DomainEvent> disabled = List.of(new WebhookDisabled(webhookId, webhook.url(), reason, now));
        events.append(Actor.system("webhook-" + webhookId), disabled);
        recorded.addAll(disabled);
        return false;
    }
}
