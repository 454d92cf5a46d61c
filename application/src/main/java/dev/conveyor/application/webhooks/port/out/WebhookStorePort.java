package dev.conveyor.application.webhooks.port.out;

import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Outbound webhook endpoints, the deliveries of events to them (written by the webhook fan-out, a durable
 * consumer of the event log) and every attempt at a delivery.
 */
public interface WebhookStorePort {

    void add(Webhook webhook);

    void save(Webhook webhook);

    Optional<Webhook> find(UUID id);

    /** Every endpoint, oldest first. */
    List<Webhook> all();

    /**
     * Inside a transaction: locks the endpoint until the transaction ends, or answers empty at once when
     * another transaction holds it. One sender at a time per endpoint, across instances, keeps its deliveries
     * in position order.
     */
    Optional<Webhook> tryLock(UUID id);

    /**
     * The endpoint's pending deliveries with the lowest positions, at most {@code limit}, in position order: the
     * first (the head) is the only one that may be sent before the others.
     */
    List<Delivery> pending(UUID webhookId, int limit);

    Optional<Delivery> delivery(UUID webhookId, UUID deliveryId);

    void save(Delivery delivery);

    /** Saves a run's deliveries at once (one round trip where the store can). */
    void saveDeliveries(List<Delivery> deliveries);

    /** Logs a run's attempts at once (one round trip where the store can). */
    void addAttempts(List<Attempt> attempts);

    /** The endpoint's attempts, newest first. */
    Page<Attempt> attempts(UUID webhookId, PageRequest page);

    /** Active endpoints whose head delivery is due at {@code now}. */
    List<UUID> due(Instant now);

    /**
     * Inside a transaction: deletes up to {@code limit} deliveries DELIVERED before {@code cutoff}, with their
     * attempts, skipping rows another transaction holds (another instance purging, or a redelivery).
     *
     * @return how many deliveries were deleted; fewer than {@code limit} when no more were old enough
     */
    int deleteDelivered(Instant cutoff, int limit);

    /**
     * @param eventTypes the event types sent; empty for every type
     * @param secret     the key of the signatures
     * @param disabledReason why the server switched it off; null unless it did
     */
    record Webhook(UUID id, String url, List<String> eventTypes, String secret, boolean active,
                   String disabledReason, Instant createdAt) {
        public Webhook {
            Objects.requireNonNull(id);
            Objects.requireNonNull(url);
            eventTypes = List.copyOf(eventTypes);
            Objects.requireNonNull(secret);
            Objects.requireNonNull(createdAt);
        }

        public Webhook activated(boolean on) {
            return new Webhook(id, url, eventTypes, secret, on, on ? null : disabledReason, createdAt);
        }

        public Webhook disabled(String reason) {
            return new Webhook(id, url, eventTypes, secret, false, reason, createdAt);
        }

        public Webhook withEventTypes(List<String> types) {
            return new Webhook(id, url, types, secret, active, disabledReason, createdAt);
        }
    }

    enum DeliveryStatus { PENDING, DELIVERED, FAILED }

    /**
     * One event for one endpoint. {@code body} is the JSON sent, fixed when the delivery is made.
     *
     * @param firstAttemptAt null before the first attempt; retries stop a while after it
     */
    record Delivery(UUID id, UUID webhookId, long position, UUID eventId, String eventType, String body,
                    DeliveryStatus status, int attempts, Instant nextAttemptAt, Instant firstAttemptAt,
                    Instant deliveredAt) {

        public Delivery delivered(Instant at) {
            return new Delivery(id, webhookId, position, eventId, eventType, body, DeliveryStatus.DELIVERED,
                    attempts + 1, null, first(at), at);
        }

        public Delivery retryAt(Instant at, Instant retry) {
            return new Delivery(id, webhookId, position, eventId, eventType, body, DeliveryStatus.PENDING,
                    attempts + 1, retry, first(at), null);
        }

        public Delivery failed(Instant at) {
            return new Delivery(id, webhookId, position, eventId, eventType, body, DeliveryStatus.FAILED,
                    attempts + 1, null, first(at), null);
        }

        /** Sent again from scratch, e.g. by an administrator. */
        public Delivery again(Instant at) {
            return new Delivery(id, webhookId, position, eventId, eventType, body, DeliveryStatus.PENDING, 0, at,
                    null, null);
        }

        private Instant first(Instant at) {
            return firstAttemptAt != null ? firstAttemptAt : at;
        }
    }

    /**
     * @param statusCode      the receiver's HTTP status; null when no answer came (refused, timed out)
     * @param responseExcerpt the start of the receiver's answer
     * @param error           why no answer came; null when one came
     */
    record Attempt(UUID id, UUID webhookId, UUID deliveryId, long position, UUID eventId, String eventType,
                   Instant attemptedAt, Integer statusCode, long latencyMillis, String responseExcerpt,
                   String error) {
    }
}
