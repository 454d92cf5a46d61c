package dev.conveyor.adapter.inmemory.webhook;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.adapter.inmemory.support.Queries;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Webhook endpoints, deliveries and attempts in memory; a transaction holds the whole store, so locks are free. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryWebhookStoreAdapter implements WebhookStorePort {

    private static final Comparator<Attempt> NEWEST_FIRST = Comparator.comparing(Attempt::attemptedAt)
            .thenComparing(Attempt::id).reversed();

    private final MemoryStore store;
    private final Map<UUID, Webhook> webhooks = new LinkedHashMap<>();
    private final Map<UUID, Delivery> deliveries = new LinkedHashMap<>();
    private final Map<UUID, Attempt> attempts = new LinkedHashMap<>();

    public InMemoryWebhookStoreAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void add(Webhook webhook) {
        save(webhook);
    }

    @Override
    public void save(Webhook webhook) {
        store.atomically(() -> {
            store.put(webhooks, webhook.id(), webhook);
            return null;
        });
    }

    @Override
    public Optional<Webhook> find(UUID id) {
        return store.atomically(() -> Optional.ofNullable(webhooks.get(id)));
    }

    @Override
    public List<Webhook> all() {
        return store.atomically(() -> List.copyOf(webhooks.values()));
    }

    @Override
    public Optional<Webhook> tryLock(UUID id) {
        return find(id);
    }

    @Override
    public List<Delivery> pending(UUID webhookId, int limit) {
        return store.atomically(() -> deliveries.values().stream()
                .filter(delivery -> delivery.webhookId().equals(webhookId)
                        && delivery.status() == DeliveryStatus.PENDING)
                .sorted(Comparator.comparingLong(Delivery::position)).limit(limit).toList());
    }

    @Override
    public Optional<Delivery> delivery(UUID webhookId, UUID deliveryId) {
        return store.atomically(() -> Optional.ofNullable(deliveries.get(deliveryId))
                .filter(delivery -> delivery.webhookId().equals(webhookId)));
    }

    @Override
    public void save(Delivery delivery) {
        store.atomically(() -> {
            store.put(deliveries, delivery.id(), delivery);
            return null;
        });
    }

    @Override
    public void saveDeliveries(List<Delivery> changed) {
        changed.forEach(this::save);
    }

    @Override
    public void addAttempts(List<Attempt> added) {
        store.atomically(() -> {
            added.forEach(attempt -> store.put(attempts, attempt.id(), attempt));
            return null;
        });
    }

    @Override
    public Page<Attempt> attempts(UUID webhookId, PageRequest page) {
        return store.atomically(() -> Queries.page(attempts.values().stream()
                .filter(attempt -> attempt.webhookId().equals(webhookId)).sorted(NEWEST_FIRST).toList(), page));
    }

    @Override
    public List<UUID> due(Instant now) {
        return store.atomically(() -> webhooks.values().stream().filter(Webhook::active)
                .filter(webhook -> pending(webhook.id(), 1).stream().anyMatch(head -> head.nextAttemptAt() == null
                        || !head.nextAttemptAt().isAfter(now)))
                .map(Webhook::id).toList());
    }

    @Override
    public int deleteDelivered(Instant cutoff, int limit) {
        return store.atomically(() -> {
            List<UUID> old = deliveries.values().stream()
                    .filter(delivery -> delivery.status() == DeliveryStatus.DELIVERED
                            && delivery.deliveredAt().isBefore(cutoff))
                    .limit(limit).map(Delivery::id).toList();
            List<UUID> theirAttempts = attempts.values().stream()
                    .filter(attempt -> old.contains(attempt.deliveryId())).map(Attempt::id).toList();
            theirAttempts.forEach(id -> store.remove(attempts, id));
            old.forEach(id -> store.remove(deliveries, id));
            return old.size();
        });
    }

    /** The fan-out: a pending delivery of {@code event} for every active endpoint of its type that lacks one. */
    void fanOut(LoggedEvent event, String body) {
        store.atomically(() -> {
            for (Webhook webhook : webhooks.values()) {
                boolean wanted = webhook.eventTypes().isEmpty() || webhook.eventTypes().contains(event.type());
                boolean had = deliveries.values().stream().anyMatch(delivery ->
                        delivery.webhookId().equals(webhook.id()) && delivery.eventId().equals(event.id()));
                if (webhook.active() && wanted && !had) {
                    Delivery delivery = new Delivery(UUID.randomUUID(), webhook.id(), event.position(), event.id(),
                            event.type(), body, DeliveryStatus.PENDING, 0, null, null, null);
                    store.put(deliveries, delivery.id(), delivery);
                }
            }
            return null;
        });
    }
}
