package dev.conveyor.adapter.persistence;

import static dev.conveyor.adapter.persistence.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Attempt;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.DeliveryStatus;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Webhook;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;

import java.util.List;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The retention of the webhook delivery log, decided by the database: only deliveries DELIVERED before the
 * cutoff go, with their attempts, a batch at a time; and purgers running at once skip each other's rows.
 */
abstract class WebhookRetentionContract {

    private static final Instant CUTOFF = NOW.minus(Duration.ofDays(30));
    private static final Instant OLD = CUTOFF.minus(Duration.ofDays(10));

    @Inject
    WebhookStorePort store;
    @Inject
    TransactionPort transactions;
    @Inject
    Jdbc jdbc;

    @Test
    void onlyDeliveriesDeliveredBeforeTheCutoffGoWithTheirAttemptsABatchAtATime() {
        UUID endpoint = endpoint();
        List<UUID> old = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            old.add(delivery(endpoint, DeliveryStatus.DELIVERED, OLD));
        }
        UUID recent = delivery(endpoint, DeliveryStatus.DELIVERED, CUTOFF.plusSeconds(1));
        UUID pending = delivery(endpoint, DeliveryStatus.PENDING, null);
        UUID failed = delivery(endpoint, DeliveryStatus.FAILED, null);

        assertEquals(2, purgeBatch(2));
        assertEquals(2, purgeBatch(2));
        assertEquals(1, purgeBatch(2), "the last old one");
        assertEquals(0, purgeBatch(2));

        assertEquals(Set.of(failed, pending, recent), Set.copyOf(deliveries(endpoint)));
        assertEquals(Set.of(failed, pending, recent), Set.copyOf(attemptedDeliveries(endpoint)),
                "the attempts of the deleted deliveries went with them, the others' stayed");
        assertEquals(3, store.attempts(endpoint, new PageRequest(0, 50)).total());
    }

    @Test
    void purgersAtOnceSkipTheRowsTheOtherHolds() throws Exception {
        UUID endpoint = endpoint();
        for (int i = 0; i < 5; i++) {
            delivery(endpoint, DeliveryStatus.DELIVERED, OLD);
        }
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
            int deleted = store.deleteDelivered(CUTOFF, 3);
            firstHolds.countDown();
            await(secondDone);
            return deleted;
        }));
        await(firstHolds);
        int second = CompletableFuture.supplyAsync(() -> purgeBatch(10)).get(10, TimeUnit.SECONDS);
        secondDone.countDown();

        assertEquals(3, first.get(10, TimeUnit.SECONDS));
        assertEquals(2, second, "the second purger took the rows the first did not hold, without waiting for it");
        assertEquals(List.of(), deliveries(endpoint));
    }

    private int purgeBatch(int limit) {
        return transactions.inTransaction(() -> store.deleteDelivered(CUTOFF, limit));
    }

    private UUID endpoint() {
        UUID id = UUID.randomUUID();
        store.add(new Webhook(id, "https://example.com/hook", List.of(), "whsec_test", true, null, NOW));
        return id;
    }

    /** A delivery with one attempt, as the fan-out and a sender leave it. */
    private UUID delivery(UUID endpoint, DeliveryStatus status, Instant deliveredAt) {
        UUID id = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        jdbc.update("""
                        INSERT INTO webhook_delivery (id, endpoint_id, position, event_id, event_type, body, status,
                        attempts, first_attempt_at, delivered_at) VALUES (?, ?, 1, ?, 'test:event', '{}', ?, 1, ?, ?)""",
                statement -> {
                    statement.setObject(1, id);
                    statement.setObject(2, endpoint);
                    statement.setObject(3, event);
                    statement.setString(4, status.name());
                    Columns.setInstant(statement, 5, OLD);
                    Columns.setInstant(statement, 6, deliveredAt);
                });
        boolean ok = status == DeliveryStatus.DELIVERED;
        transactions.inTransaction(() -> store.addAttempts(List.of(new Attempt(UUID.randomUUID(), endpoint, id, 1,
                event, "test:event", OLD, ok ? 200 : 500, 5, ok ? "ok" : "down", null))));
        return id;
    }

    private List<UUID> deliveries(UUID endpoint) {
        return jdbc.list("SELECT id FROM webhook_delivery WHERE endpoint_id = ?",
                statement -> statement.setObject(1, endpoint), row -> Columns.uuid(row, "id"));
    }

    private List<UUID> attemptedDeliveries(UUID endpoint) {
        return jdbc.list("SELECT delivery_id FROM webhook_attempt WHERE endpoint_id = ?",
                statement -> statement.setObject(1, endpoint), row -> Columns.uuid(row, "delivery_id"));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
