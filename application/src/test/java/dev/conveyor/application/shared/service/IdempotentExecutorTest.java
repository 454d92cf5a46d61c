package dev.conveyor.application.shared.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.UnprocessableException;
import dev.conveyor.application.shared.port.out.IdempotencyPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What the executor asks of its ports. The use-case contracts (in memory, PostgreSQL, PgBouncer) prove the
 * replays end to end; this pins the statements a first request costs: the claim, and no lookup before it.
 */
class IdempotentExecutorTest {

    private static final Instant NOW = Instant.parse("2026-12-05T22:00:00Z");

    private final Keys keys = new Keys();
    private final Transactions transactions = new Transactions();
    private final IdempotentExecutor executor = new IdempotentExecutor(keys, transactions,
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(1));
    private final Actor customer = Actor.user(UserId.newId(), Role.CUSTOMER, "test");
    private final IdempotencyKey key = new IdempotencyKey("key-" + UUID.randomUUID());

    @Test
    void aFirstRequestClaimsItsKeyInItsTransactionWithoutLookingItUpFirst() {
        var outcome = executor.execute(customer, key, "place-order", "body", id -> "created " + id);

        assertFalse(outcome.replayed());
        assertEquals("created " + outcome.resourceId(), outcome.created());
        assertEquals(List.of("begin", "claim", "commit"), keys.calls);
    }

    @Test
    void aRetryIsAnsweredFromTheStoredKeyHavingCreatedNothing() {
        var first = executor.execute(customer, key, "place-order", "body", id -> "created " + id);
        keys.calls.clear();
        List<UUID> createdAgain = new ArrayList<>();

        var retry = executor.execute(customer, key, "place-order", "body", id -> {
            createdAgain.add(id);
            return "created " + id;
        });

        assertTrue(retry.replayed());
        assertNull(retry.created());
        assertEquals(first.resourceId(), retry.resourceId());
        assertEquals(List.of(), createdAgain);
        assertEquals(List.of("begin", "claim", "rollback", "find"), keys.calls);
    }

    @Test
    void aDifferentRequestWithTheSameKeyIsRefused() {
        executor.execute(customer, key, "place-order", "body", id -> "created " + id);

        UnprocessableException reused = assertThrows(UnprocessableException.class,
                () -> executor.execute(customer, key, "place-order", "another body", id -> "created " + id));
        assertEquals("IDEMPOTENCY_KEY_REUSED", reused.code());
        UnprocessableException otherOperation = assertThrows(UnprocessableException.class,
                () -> executor.execute(customer, key, "checkout", "body", id -> "created " + id));
        assertEquals("IDEMPOTENCY_KEY_REUSED", otherOperation.code());
    }

    @Test
    void aRequestWithoutKeyRunsInATransactionAndClaimsNothing() {
        var outcome = executor.execute(customer, null, "place-order", "body", id -> "created " + id);

        assertFalse(outcome.replayed());
        assertEquals(List.of("begin", "commit"), keys.calls);
    }

    /** Stored keys, with every call (and the transactions') in the order made. */
    private final class Keys implements IdempotencyPort {

        private final Map<String, IdempotencyRecord> records = new HashMap<>();
        private final List<String> calls = new ArrayList<>();

        @Override
        public Optional<IdempotencyRecord> find(String scope, String key, Instant now) {
            calls.add("find");
            return Optional.ofNullable(records.get(scope + '\n' + key)).filter(r -> r.expiresAt().isAfter(now));
        }

        @Override
        public boolean claim(IdempotencyRecord record) {
            calls.add("claim");
            IdempotencyRecord existing = records.get(record.scope() + '\n' + record.key());
            if (existing != null && existing.expiresAt().isAfter(record.createdAt())) {
                return false;
            }
            transactions.pending.put(record.scope() + '\n' + record.key(), record);
            return true;
        }
    }

    /** Writes become visible at commit; an exception rolls them back. */
    private final class Transactions implements TransactionPort {

        private final Map<String, IdempotencyPort.IdempotencyRecord> pending = new HashMap<>();

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            keys.calls.add("begin");
            try {
                T result = work.get();
                keys.records.putAll(pending);
                keys.calls.add("commit");
                return result;
            } catch (RuntimeException e) {
                keys.calls.add("rollback");
                throw e;
            } finally {
                pending.clear();
            }
        }

        @Override
        public void afterCommit(Runnable action) {
            action.run();
        }
    }
}
