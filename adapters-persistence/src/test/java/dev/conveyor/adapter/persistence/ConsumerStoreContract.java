package dev.conveyor.adapter.persistence;

import static dev.conveyor.adapter.persistence.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.events.port.out.ConsumerStorePort.ConsumerState;
import dev.conveyor.application.events.port.out.ConsumerStorePort.DeadLetter;
import dev.conveyor.application.events.port.out.ConsumerStorePort;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.TransactionPort;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Durable consumers' positions: one runner at a time, decided by the database; dead letters kept and counted. */
abstract class ConsumerStoreContract {

    @Inject
    ConsumerStorePort store;
    @Inject
    TransactionPort transactions;

    @Test
    void aConsumerLockedByOneTransactionIsSkippedByAnotherUntilItEnds() throws Exception {
        String name = "locking-" + UUID.randomUUID().toString().substring(0, 8);
        store.register(name, 7);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<ConsumerState>> holder = runner.submit(() -> transactions.inTransaction(() -> {
                Optional<ConsumerState> state = store.tryLock(name);
                locked.countDown();
                await(release);
                return state;
            }));
            assertTrue(locked.await(10, TimeUnit.SECONDS));
            assertEquals(Optional.empty(), transactions.inTransaction(() -> store.tryLock(name)),
                    "a second runner skips the consumer at once");
            release.countDown();
            assertEquals(7, holder.get(10, TimeUnit.SECONDS).orElseThrow().position());
            assertEquals(7, transactions.inTransaction(() -> store.tryLock(name)).orElseThrow().position(),
                    "free again once the holder's transaction ended");
        } finally {
            release.countDown();
            runner.shutdownNow();
        }
    }

    @Test
    void registeringAgainKeepsThePositionAndSavedStateReadsBack() {
        String name = "saving-" + UUID.randomUUID().toString().substring(0, 8);
        store.register(name, 3);
        ConsumerState failed = transactions.inTransaction(() -> {
            ConsumerState state = store.tryLock(name).orElseThrow().advancedTo(5)
                    .failed(2, NOW.plusSeconds(4), "boom", NOW).withPaused(true);
            store.save(state);
            return state;
        });
        store.register(name, 100);

        ConsumerState read = store.all().stream().filter(state -> state.name().equals(name)).findFirst()
                .orElseThrow();
        assertEquals(failed, read);
        assertEquals(Optional.empty(), transactions.inTransaction(() -> store.tryLock("never-registered")));
    }

    @Test
    void deadLettersAreCountedAndListedNewestFirst() {
        String name = "dead-" + UUID.randomUUID().toString().substring(0, 8);
        store.register(name, 0);
        DeadLetter older = new DeadLetter(UUID.randomUUID(), name, 4, UUID.randomUUID(), "order:created", 3,
                "java.lang.IllegalStateException: refused", NOW);
        DeadLetter newer = new DeadLetter(UUID.randomUUID(), name, 9, UUID.randomUUID(), "order:updated", 3,
                "timeout", NOW.plusSeconds(1));
        transactions.inTransaction(() -> {
            store.addDeadLetter(older);
            store.addDeadLetter(newer);
        });

        assertEquals(List.of(newer, older), store.deadLetters(name, new PageRequest(0, 10)).items());
        assertEquals(List.of(older), store.deadLetters(name, new PageRequest(1, 1)).items());
        assertEquals(2, store.deadLetters(name, new PageRequest(0, 1)).total());
        assertEquals(2, transactions.inTransaction(() -> store.lock(name)).orElseThrow().deadLetters());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
