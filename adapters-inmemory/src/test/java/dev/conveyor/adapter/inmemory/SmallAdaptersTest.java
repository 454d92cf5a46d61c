package dev.conveyor.adapter.inmemory;

import static dev.conveyor.adapter.inmemory.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.inmemory.event.InMemoryEventLogAdapter.LoggedEvent;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.EventLogPort.EventMetadata;
import dev.conveyor.application.shared.port.out.IdempotencyPort.IdempotencyRecord;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.StockAdjustment.Kind;
import dev.conveyor.domain.catalog.StockAdjustment;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The idempotency, order number, event log and stock adjustment adapters. */
class SmallAdaptersTest {

    private static final Duration RETENTION = Duration.ofHours(24);

    private final Fixtures.Adapters adapters = Fixtures.Adapters.create();

    @Test
    void idempotencyFindsOnlyUnexpiredRecordsOfTheSameScopeAndKey() {
        IdempotencyRecord record = record("user-1", "key-1", T0);
        assertTrue(adapters.idempotency().claim(record));

        assertEquals(record, adapters.idempotency().find("user-1", "key-1", T0.plusSeconds(1)).orElseThrow());
        assertTrue(adapters.idempotency().find("user-2", "key-1", T0.plusSeconds(1)).isEmpty());
        assertTrue(adapters.idempotency().find("user-1", "key-2", T0.plusSeconds(1)).isEmpty());
        assertTrue(adapters.idempotency().find("user-1", "key-1", T0.plus(RETENTION)).isEmpty());
    }

    @Test
    void idempotencyClaimFailsWhileAnUnexpiredRecordExistsAndReplacesAnExpiredOne() {
        assertTrue(adapters.idempotency().claim(record("user-1", "key-1", T0)));

        assertFalse(adapters.idempotency().claim(record("user-1", "key-1", T0.plusSeconds(5))));
        assertTrue(adapters.idempotency().claim(record("user-2", "key-1", T0.plusSeconds(5))));
        IdempotencyRecord later = record("user-1", "key-1", T0.plus(RETENTION));
        assertTrue(adapters.idempotency().claim(later));
        assertEquals(later.resourceId(),
                adapters.idempotency().find("user-1", "key-1", T0.plus(RETENTION)).orElseThrow().resourceId());
    }

    @Test
    void orderNumbersIncreaseFromOne() {
        assertEquals(1, adapters.orderNumbers().nextOrderSequence());
        assertEquals(2, adapters.orderNumbers().nextOrderSequence());
        assertEquals(3, adapters.orderNumbers().nextOrderSequence());
    }

    @Test
    void theEventLogKeepsEveryEventWithItsMetadataAndGapFreePositions() {
        Product product = Fixtures.product("SKU-1", 1);
        List<DomainEvent> created = product.pullEvents();
        EventMetadata byUser = new EventMetadata("corr-1", null, UUID.randomUUID());
        EventMetadata bySystem = new EventMetadata("corr-2", UUID.randomUUID(), null);
        adapters.eventLog().append(created, byUser);
        assertThrows(IllegalStateException.class, () -> adapters.transactions().inTransaction(() -> {
            adapters.eventLog().append(created, bySystem);
            throw new IllegalStateException("rolled back");
        }));
        product.revise(null, null, false, null, T0);
        List<DomainEvent> updated = product.pullEvents();
        adapters.eventLog().append(updated, bySystem);

        List<LoggedEvent> events = adapters.eventLog().events();
        assertEquals(List.of(new LoggedEvent(1, created.get(0), byUser), new LoggedEvent(2, updated.get(0), bySystem)),
                events);
        assertThrows(UnsupportedOperationException.class, () -> events.clear());
    }

    @Test
    void stockAdjustmentsAreListedPerProductNewestFirst() {
        ProductId product = ProductId.newId();
        UserId actor = UserId.newId();
        StockAdjustment restock = new StockAdjustment.Request(Kind.RESTOCK, 5, "delivery")
                .recorded(product, 0, 5, actor, T0);
        StockAdjustment correction = new StockAdjustment.Request(Kind.CORRECTION, 4, "counted")
                .recorded(product, 5, 4, actor, T0.plusSeconds(1));
        StockAdjustment other = new StockAdjustment.Request(Kind.RESTOCK, 1, "other")
                .recorded(ProductId.newId(), 0, 1, actor, T0.plusSeconds(2));
        List.of(restock, correction, other).forEach(adapters.adjustments()::record);

        assertEquals(List.of(correction, restock), adapters.adjustments().list(product, PageRequest.of(0, 10)).items());
        Page<StockAdjustment> second = adapters.adjustments().list(product, PageRequest.of(1, 1));
        assertEquals(List.of(restock), second.items());
        assertEquals(2, second.total());
    }

    private static IdempotencyRecord record(String scope, String key, Instant createdAt) {
        return new IdempotencyRecord(scope, key, "place-order", "fingerprint", UUID.randomUUID(), createdAt,
                createdAt.plus(RETENTION));
    }
}
