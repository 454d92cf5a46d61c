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
 * Sends an endpoint's due deliveries in position order, a run at a time. A run is one transaction that holds the
 * endpoint's row (skipped by any other sender, on any instance) while it POSTs up to {@code maxPerRun} due
 * deliveries one after the other, stopping at the first that fails: it waits for its retry, and no later event
 * may overtake it. The run's attempts and deliveries are written together at its end. A delivery still failing
 * {@code retryFor} after its first attempt fails for good, and the endpoint is disabled with a
 * {@code webhook:disabled} event.
 *
 * <p>Why the requests are sent inside the transaction: the row lock is what makes this the endpoint's only sender,
 * so it is held while sending in any case; and one transaction per run instead of per event pays the commit
 * (a flush of the write-ahead log, the largest part of a one-event transaction) and the round trips once per run.
 * The price is the at-least-once window: a crash, or a commit that fails, in the middle of a run leaves none of
 * its deliveries recorded, so the next run sends that run again — never more than one run, never out of order.
 * Receivers deduplicate on the event id. {@code maxRunTime} keeps that window, and the time the transaction
 * stays open, short when a receiver answers slowly.
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
        List<DomainEvent> recorded = new ArrayList<>();
        int delivered = transactions.inTransaction(() -> run(webhookId, recorded));
        events.committed(recorded);
        return delivered;
    }

    /** @return how many deliveries went through */
    private int run(UUID webhookId, List<DomainEvent> recorded) {
        Webhook webhook = store.tryLock(webhookId).filter(Webhook::active).orElse(null);
        if (webhook == null) {
            return 0;
        }
        Instant endOfRun = clock.instant().plus(settings.maxRunTime());
        List<Attempt> attempts = new ArrayList<>();
        List<Delivery> done = new ArrayList<>();
        int delivered = 0;
        for (Delivery delivery : store.pending(webhookId, settings.maxPerRun())) {
            Instant now = clock.instant();
            boolean due = delivery.nextAttemptAt() == null || !delivery.nextAttemptAt().isAfter(now);
            if (!due || !attempts.isEmpty() && !now.isBefore(endOfRun)) {
                break;
            }
            Response response = sender.send(webhook.url(), webhook.secret(), delivery, now);
            attempts.add(new Attempt(Ids.newId(), webhookId, delivery.id(), delivery.position(), delivery.eventId(),
                    delivery.eventType(), now, response.statusCode(), response.latencyMillis(), response.excerpt(),
                    response.error()));
            if (!response.succeeded()) {
                done.add(failed(webhook, delivery, response, now, recorded));
                break;
            }
            done.add(delivery.delivered(now));
            delivered++;
        }
        store.addAttempts(attempts);
        store.saveDeliveries(done);
        return delivered;
    }

    /** The delivery waits for its retry, or, retried for too long, fails and disables its endpoint. */
    private Delivery failed(Webhook webhook, Delivery delivery, Response response, Instant now,
                            List<DomainEvent> recorded) {
        Instant first = delivery.firstAttemptAt() != null ? delivery.firstAttemptAt() : now;
        if (now.isBefore(first.plus(settings.retryFor()))) {
            return delivery.retryAt(now, now.plus(backoff.delayAfter(delivery.attempts() + 1)));
        }
        String reason = "deliveries failed for " + settings.retryFor() + "; last: "
                + (response.statusCode() != null ? "HTTP " + response.statusCode() : response.error());
        store.save(webhook.disabled(reason));
        List<DomainEvent> disabled = List.of(new WebhookDisabled(webhook.id(), webhook.url(), reason, now));
        events.append(Actor.system("webhook-" + webhook.id()), disabled);
        recorded.addAll(disabled);
        return delivery.failed(now);
    }
}
