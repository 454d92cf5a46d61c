package dev.conveyor.adapter.inmemory.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Attempt;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Delivery;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.DeliveryStatus;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Webhook;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The in-memory delivery log's retention: what goes, what stays, and a purge that fails undoes itself. */
class InMemoryWebhookRetentionTest {

    private static final Instant CUTOFF = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant OLD = CUTOFF.minus(Duration.ofDays(10));

    private final MemoryStore memory = new MemoryStore();
    private final InMemoryWebhookStoreAdapter store = new InMemoryWebhookStoreAdapter(memory);
    private final UUID endpoint = UUID.randomUUID();

    @Test
    void onlyDeliveriesDeliveredBeforeTheCutoffGoWithTheirAttemptsABatchAtATime() {
        store.add(new Webhook(endpoint, "https://example.com/hook", List.of(), "whsec_test", true, null, OLD));
        for (int i = 0; i < 3; i++) {
            delivery(DeliveryStatus.DELIVERED, OLD);
        }
        UUID recent = delivery(DeliveryStatus.DELIVERED, CUTOFF.plusSeconds(1));
        UUID pending = delivery(DeliveryStatus.PENDING, null);
        UUID failed = delivery(DeliveryStatus.FAILED, null);

        assertEquals(2, store.deleteDelivered(CUTOFF, 2));
        assertThrows(IllegalStateException.class, () -> memory.atomically(() -> {
            store.deleteDelivered(CUTOFF, 2);
            throw new IllegalStateException("the transaction fails");
        }));
        assertEquals(1, store.deleteDelivered(CUTOFF, 2), "the failed purge's delete was undone");
        assertEquals(0, store.deleteDelivered(CUTOFF, 2));

        Set<UUID> kept = Set.of(recent, pending, failed);
        kept.forEach(id -> assertEquals(id, store.delivery(endpoint, id).orElseThrow().id()));
        assertEquals(kept, Set.copyOf(store.attempts(endpoint, new PageRequest(0, 50)).items().stream()
                .map(Attempt::deliveryId).toList()), "only the kept deliveries' attempts stay");
    }

    private UUID delivery(DeliveryStatus status, Instant deliveredAt) {
        UUID id = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        store.save(new Delivery(id, endpoint, 1, event, "test:event", "{}", status, 1, null, OLD, deliveredAt));
        store.addAttempts(List.of(new Attempt(UUID.randomUUID(), endpoint, id, 1, event, "test:event", OLD, 200, 5,
                "ok", null)));
        return id;
    }
}
