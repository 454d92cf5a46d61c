package dev.conveyor.domain.event;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Something that happened to an aggregate. Aggregates record events while they
 * change; the use case appends them to the event log in the same transaction.
 * The payload is plain data (maps, lists, strings, numbers, booleans) so any
 * adapter can write it as JSON without knowing the domain types.
 */
public interface DomainEvent {

    /** Catalogue name, e.g. {@code order:created}. */
    String type();

    String aggregateType();

    UUID aggregateId();

    Instant occurredAt();

    /** The customer whose order this concerns, for scoping live updates; null when none. */
    default UUID customerId() {
        return null;
    }

    /** Sellers whose products this concerns, for scoping live updates. */
    default Set<UUID> sellerIds() {
        return Set.of();
    }

    /** The order this concerns (its own id for order events), for timelines and per-order subscriptions; null when none. */
    default UUID orderId() {
        return null;
    }

    Map<String, Object> payload();
}
