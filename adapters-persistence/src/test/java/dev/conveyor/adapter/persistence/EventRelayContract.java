package dev.conveyor.adapter.persistence;

import static dev.conveyor.adapter.persistence.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.EventLogReaderPort.Scope;
import dev.conveyor.application.events.port.out.EventLogReaderPort.Search;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.events.port.out.EventRelayPort;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.EventLogPort.EventMetadata;
import dev.conveyor.application.shared.port.out.EventLogPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.event.DomainEvent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The relay numbers committed events in commit order without gaps, so a reader
 * that resumes after the last position it saw never misses an event, however
 * the writers' transactions interleave.
 */
abstract class EventRelayContract {

    @Inject
    EventLogPort eventLog;
    @Inject
    EventLogReaderPort reader;
    @Inject
    EventRelayPort relay;
    @Inject
    TransactionPort transactions;

    @Test
    void aTransactionThatCommitsLastIsNumberedAfterOneThatCommittedEarlierSoAResumingReaderSeesIt()
            throws Exception {
        String correlation = UUID.randomUUID().toString();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService slowWriter = Executors.newSingleThreadExecutor();
        try {
            // the slow transaction appends first and commits last
            Future<?> slow = slowWriter.submit(() -> transactions.inTransaction(() -> {
                eventLog.append(List.of(event("test:slow", null, null)), metadata(correlation));
                appended.countDown();
                await(commit);
            }));
            assertTrue(appended.await(10, TimeUnit.SECONDS));
            transactions.inTransaction(() ->
                    eventLog.append(List.of(event("test:fast", null, null)), metadata(correlation)));

            long first = relay.assignPositions();
            List<LoggedEvent> seen = mine(reader.read(0, first, Scope.ALL, 10_000), correlation);
            assertEquals(List.of("test:fast"), types(seen), "the open transaction's event is not visible yet");
            long resumeAfter = seen.get(0).position();
            assertEquals(first, resumeAfter);

            commit.countDown();
            slow.get(10, TimeUnit.SECONDS);
            long second = relay.assignPositions();

            List<LoggedEvent> later = reader.read(resumeAfter, second, Scope.ALL, 10);
            assertEquals(List.of("test:slow"), types(mine(later, correlation)));
            assertEquals(resumeAfter + 1, later.get(0).position(), "numbered right after what the reader saw");
        } finally {
            commit.countDown();
            slowWriter.shutdownNow();
        }
    }

    @Test
    void concurrentWritersNeverShowAPollingReaderAGapOrADuplicate() throws Exception {
        int writers = 6;
        int transactionsEach = 15;
        long start = relay.assignPositions();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        List<Future<?>> writes = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            writes.add(pool.submit(() -> {
                for (int t = 0; t < transactionsEach; t++) {
                    transactions.inTransaction(() -> {
                        eventLog.append(List.of(event("test:one", null, null), event("test:two", null, null)),
                                metadata("concurrent"));
                        pause(ThreadLocalRandom.current().nextInt(0, 8));
                    });
                }
                return null;
            }));
        }
        Future<?> relaying = pool.submit(() -> {
            while (writing.get()) {
                relay.assignPositions();
                pause(1);
            }
            return null;
        });
        List<Long> seen = new ArrayList<>();
        Future<?> reading = pool.submit(() -> {
            long last = start;
            while (writing.get() || last < reader.latestPosition()) {
                for (LoggedEvent event : reader.read(last, Long.MAX_VALUE, Scope.ALL, 50)) {
                    assertEquals(last + 1, event.position(), "positions come without a gap");
                    seen.add(event.position());
                    last = event.position();
                }
                if (!writing.get()) {
                    relay.assignPositions();
                }
            }
            return null;
        });
        for (Future<?> write : writes) {
            write.get(60, TimeUnit.SECONDS);
        }
        writing.set(false);
        relaying.get(30, TimeUnit.SECONDS);
        reading.get(30, TimeUnit.SECONDS);
        pool.shutdownNow();

        assertEquals(writers * transactionsEach * 2, seen.size(), "every event once");
        assertEquals(seen.size(), new HashSet<>(seen).size());
    }

    @Test
    void readersSeeOnlyWhatTheirScopeAllowsAndSearchesFilter() {
        UUID customer = UUID.randomUUID();
        UUID seller = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String correlation = UUID.randomUUID().toString();
        long before = relay.assignPositions();
        transactions.inTransaction(() -> eventLog.append(List.of(
                event("test:mine", customer, Set.of(seller), order),
                event("test:other-customer", UUID.randomUUID(), Set.of(seller), UUID.randomUUID()),
                event("test:other-seller", customer, Set.of(UUID.randomUUID()), UUID.randomUUID())),
                metadata(correlation)));
        long latest = relay.assignPositions();

        assertEquals(List.of("test:mine", "test:other-seller"),
                types(reader.read(before, latest, new Scope(customer, null, null), 10)));
        assertEquals(List.of("test:mine", "test:other-customer"),
                types(reader.read(before, latest, new Scope(null, seller, null), 10)));
        assertEquals(List.of("test:mine"), types(reader.read(before, latest, new Scope(null, null, order), 10)));
        assertEquals(List.of("test:mine"), types(reader.ofOrder(order, 10)));
        assertEquals(3, reader.search(new Search(before, null, null, null, correlation, null, null),
                new PageRequest(0, 10)).total());
        assertEquals(List.of("test:other-customer"), types(reader.search(new Search(null, "test:other-customer",
                "test", null, correlation, NOW, NOW.plusSeconds(1)), new PageRequest(0, 10)).items()));
        assertEquals(1L, reader.countByType(NOW, NOW.plusSeconds(60)).get("test:mine"));
        assertEquals(Map.of("value", 1), reader.ofOrder(order, 1).get(0).payload());
    }

    @Test
    void purgingDeletesTheOldestEventsAndNeverLowersThePositions() {
        long before = relay.assignPositions();
        transactions.inTransaction(() -> eventLog.append(List.of(event("test:old", null, null)),
                metadata("purge")));
        long latest = relay.assignPositions();

        assertTrue(reader.deleteOccurredBefore(NOW.plusSeconds(3600)) >= 1);

        assertEquals(latest, reader.latestPosition());
        assertEquals(latest + 1, reader.oldestPosition(), "the log is empty, positions stay");
        assertTrue(latest > before);
        transactions.inTransaction(() -> eventLog.append(List.of(event("test:new", null, null)),
                metadata("purge")));
        assertEquals(latest + 1, relay.assignPositions());
        assertEquals(latest + 1, reader.oldestPosition());
    }

    private static List<LoggedEvent> mine(List<LoggedEvent> events, String correlation) {
        return events.stream().filter(e -> correlation.equals(e.correlationId())).toList();
    }

    private static List<String> types(List<LoggedEvent> events) {
        return events.stream().map(LoggedEvent::type).toList();
    }

    private static EventMetadata metadata(String correlation) {
        return new EventMetadata(correlation, null, null);
    }

    private static DomainEvent event(String type, UUID customer, Set<UUID> sellers) {
        return event(type, customer, sellers == null ? Set.of() : sellers, null);
    }

    private static DomainEvent event(String type, UUID customer, Set<UUID> sellers, UUID order) {
        return new TestEvent(type, UUID.randomUUID(), customer, sellers, order, NOW);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record TestEvent(String type, UUID aggregateId, UUID customerId, Set<UUID> sellerIds, UUID orderId,
                             Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateType() {
            return "test";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("value", 1);
        }
    }
}
