package dev.conveyor.adapter.persistence;

import static dev.conveyor.adapter.persistence.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.shared.port.out.EventLogPort.EventMetadata;
import dev.conveyor.application.shared.port.out.EventLogPort;
import dev.conveyor.application.shared.port.out.IdempotencyPort.IdempotencyRecord;
import dev.conveyor.application.shared.port.out.IdempotencyPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.catalog.ProductEvents;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

abstract class IdempotencyAndEventLogContract {

    private static final Duration RETENTION = Duration.ofHours(24);

    @Inject
    IdempotencyPort idempotency;
    @Inject
    EventLogPort eventLog;
    @Inject
    TransactionPort transactions;
    @Inject
    Jdbc jdbc;
    @Inject
    JsonMapper json;
    @Inject
    Fixtures fixtures;

    @Test
    void aClaimedKeyIsFoundUntilItExpires() {
        IdempotencyRecord record = record(Fixtures.unique("scope-"), "key-1", NOW);

        assertTrue(idempotency.find(record.scope(), record.key(), NOW).isEmpty());
        assertTrue(transactions.inTransaction(() -> idempotency.claim(record)));

        assertEquals(Optional.of(record), idempotency.find(record.scope(), record.key(), NOW.plusSeconds(60)));
        assertTrue(idempotency.find(record.scope(), record.key(), record.expiresAt()).isEmpty());
        assertTrue(idempotency.find(record.scope(), "key-2", NOW).isEmpty());
        assertTrue(idempotency.find("other", record.key(), NOW).isEmpty());
    }

    @Test
    void anUnexpiredKeyCannotBeClaimedAgain() {
        IdempotencyRecord first = record(Fixtures.unique("scope-"), "k", NOW);
        IdempotencyRecord retry = record(first.scope(), "k", NOW.plusSeconds(30));
        assertTrue(idempotency.claim(first));

        assertFalse(transactions.inTransaction(() -> idempotency.claim(retry)));

        assertEquals(Optional.of(first), idempotency.find(first.scope(), "k", NOW.plusSeconds(40)));
    }

    @Test
    void anExpiredKeyIsClaimedAfresh() {
        IdempotencyRecord old = record(Fixtures.unique("scope-"), "k", NOW);
        IdempotencyRecord fresh = record(old.scope(), "k", old.expiresAt());
        assertTrue(idempotency.claim(old));

        assertTrue(transactions.inTransaction(() -> idempotency.claim(fresh)));

        assertEquals(Optional.of(fresh), idempotency.find(old.scope(), "k", old.expiresAt().plusSeconds(1)));
    }

    @Test
    void theSameKeyInAnotherScopeIsIndependent() {
        IdempotencyRecord mine = record(Fixtures.unique("scope-"), "shared", NOW);
        IdempotencyRecord theirs = record(Fixtures.unique("scope-"), "shared", NOW);

        assertTrue(idempotency.claim(mine));
        assertTrue(idempotency.claim(theirs));
    }

    @Test
    void eventsAreAppendedWithTheirEnvelopeMetadataAndJsonPayload() throws IOException {
        User seller = fixtures.user(Role.SELLER);
        User customer = fixtures.user(Role.CUSTOMER);
        Order order = fixtures.order(customer, NOW, fixtures.product(seller, 5), fixtures.product(seller, 5));
        List<DomainEvent> events = order.pullEvents();
        DomainEvent stockAlert = new ProductEvents.OutOfStock(UUID.randomUUID(), seller.id().value(), NOW, "SKU-1");
        UUID causation = UUID.randomUUID();
        String correlation = Fixtures.unique("corr-");

        transactions.inTransaction(() -> {
            eventLog.append(events, new EventMetadata(correlation, null, customer.id().value()));
            eventLog.append(List.of(stockAlert), new EventMetadata(correlation, causation, null));
        });

        List<StoredEvent> stored = storedEvents(correlation);
        assertEquals(List.of("order:created", "order:inventory-reduced", "inventory:out-of-stock"),
                stored.stream().map(StoredEvent::type).sorted(this::catalogueOrder).toList());
        StoredEvent created = stored.stream().filter(e -> e.type().equals("order:created")).findFirst().orElseThrow();
        assertNull(created.position(), "positions are assigned later by the relay");
        assertEquals("order", created.aggregateType());
        assertEquals(order.id().value(), created.aggregateId());
        assertEquals(customer.id().value(), created.customerId());
        assertEquals(seller.id().value().toString(), created.sellerIds());
        assertEquals(customer.id().value(), created.actorId());
        assertNull(created.causationId());
        assertEquals(NOW, created.occurredAt());
        Map<String, Object> payload = json.readValue(created.payload(), Argument.mapOf(String.class, Object.class));
        assertEquals(json.writeValueAsString(events.get(0).payload()), json.writeValueAsString(payload));
        assertEquals(order.number().value(), ((Map<?, ?>) payload.get("order")).get("number"));

        StoredEvent alert = stored.stream().filter(e -> e.type().equals("inventory:out-of-stock")).findFirst()
                .orElseThrow();
        assertNull(alert.customerId());
        assertNull(alert.actorId());
        assertEquals(causation, alert.causationId());
        assertEquals("product", alert.aggregateType());
    }

    @Test
    void sellerIdsAreStoredSortedAndComparable() {
        User first = fixtures.user(Role.SELLER);
        User second = fixtures.user(Role.SELLER);
        User customer = fixtures.user(Role.CUSTOMER);
        Order order = fixtures.order(customer, NOW, fixtures.product(second, 1), fixtures.product(first, 1));
        String correlation = Fixtures.unique("corr-");

        eventLog.append(order.pullEvents(), new EventMetadata(correlation, null, null));

        String expected = List.of(first.id().value().toString(), second.id().value().toString()).stream().sorted()
                .reduce((a, b) -> a + "," + b).orElseThrow();
        assertTrue(storedEvents(correlation).stream().allMatch(e -> e.sellerIds().equals(expected)));
        assertEquals(2, jdbc.list("SELECT id FROM event_log WHERE correlation_id = ? AND seller_ids LIKE ?",
                statement -> {
                    statement.setString(1, correlation);
                    statement.setString(2, "%" + first.id().value() + "%");
                }, row -> row.getString(1)).size(), "events of a seller are found by a plain LIKE");
    }

    private int catalogueOrder(String a, String b) {
        List<String> order = List.of("order:created", "order:inventory-reduced", "inventory:out-of-stock");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    private List<StoredEvent> storedEvents(String correlation) {
        return jdbc.list("""
                        SELECT position, type, aggregate_type, aggregate_id, customer_id, seller_ids, causation_id,
                               actor_id, occurred_at, payload
                          FROM event_log WHERE correlation_id = ?""",
                statement -> statement.setString(1, correlation),
                row -> new StoredEvent(row.getObject("position", Long.class), row.getString("type"),
                        row.getString("aggregate_type"), Columns.uuid(row, "aggregate_id"),
                        Columns.uuid(row, "customer_id"), row.getString("seller_ids"),
                        Columns.uuid(row, "causation_id"), Columns.uuid(row, "actor_id"),
                        Columns.instant(row, "occurred_at"), row.getString("payload")));
    }

    static IdempotencyRecord record(String scope, String key, Instant at) {
        return new IdempotencyRecord(scope, key, "place-order", "fingerprint-" + at.getEpochSecond(),
                UUID.randomUUID(), at, at.plus(RETENTION));
    }

    private record StoredEvent(Long position, String type, String aggregateType, UUID aggregateId, UUID customerId,
                               String sellerIds, UUID causationId, UUID actorId, Instant occurredAt, String payload) {
    }
}
