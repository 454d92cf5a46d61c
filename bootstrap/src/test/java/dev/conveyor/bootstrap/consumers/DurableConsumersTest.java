package dev.conveyor.bootstrap.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.events.port.in.ConsumerStatus;
import dev.conveyor.application.events.port.in.MonitorConsumersQuery;
import dev.conveyor.application.events.port.in.RunConsumersUseCase.ConsumerRun;
import dev.conveyor.application.events.port.in.RunConsumersUseCase;
import dev.conveyor.application.events.port.out.ConsumerStorePort.DeadLetter;
import dev.conveyor.application.events.port.out.ConsumerStorePort;
import dev.conveyor.application.events.port.out.EventRelayPort;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.EventLogPort.EventMetadata;
import dev.conveyor.application.shared.port.out.EventLogPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.testsupport.TestPostgres;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Durable consumers on PostgreSQL, with instances as separate application contexts on one database: a
 * consumer whose effect always fails dead-letters the event after its last attempt and goes on; an instance
 * that dies in the middle of a batch leaves no effect behind, and another resumes from the committed position;
 * runners on two instances never work on one consumer at once.
 */
class DurableConsumersTest {

    private static final int MAX_ATTEMPTS = 3;
    private static final Duration FIRST_RETRY = Duration.ofMillis(40);

    @BeforeEach
    void resetCounters() {
        RecordingConsumer.IN_FLIGHT.set(0);
        RecordingConsumer.MOST_IN_FLIGHT.set(0);
        RecordingConsumer.POISON_ATTEMPTS.clear();
    }

    @Test
    void anEffectThatAlwaysFailsIsDeadLetteredAfterItsLastAttemptAndTheConsumerGoesOn() {
        try (ApplicationContext a = instance(TestPostgres.freshDatabase(), "a", 20)) {
            RunConsumersUseCase runner = a.getBean(RunConsumersUseCase.class);
            runner.runAll();
            long start = append(a, "test:first", RecordingConsumer.POISON, "test:after");

            List<ConsumerRun> runs = new ArrayList<>();
            runUntilCaughtUp(a, all -> all.stream()
                    .filter(run -> run.consumer().equals(RecordingConsumer.NAME)).forEach(runs::add));

            assertEquals(List.of(start + 1, start + 3), effectPositions(a), "the other events had their effect");
            DeadLetter letter = a.getBean(ConsumerStorePort.class)
                    .deadLetters(RecordingConsumer.NAME, new PageRequest(0, 10)).items().get(0);
            assertEquals(start + 2, letter.position());
            assertEquals(RecordingConsumer.POISON, letter.eventType());
            assertEquals(MAX_ATTEMPTS, letter.attempts());
            assertEquals("java.lang.IllegalStateException: refused test:poison at " + (start + 2), letter.error());
            assertEquals(MAX_ATTEMPTS, runs.stream().mapToInt(ConsumerRun::failures).sum());
            assertEquals(1, runs.stream().mapToInt(ConsumerRun::deadLettered).sum());
            assertEquals(2, runs.stream().mapToInt(ConsumerRun::handled).sum());

            List<Long> attempts = new ArrayList<>(RecordingConsumer.POISON_ATTEMPTS);
            assertEquals(MAX_ATTEMPTS, attempts.size());
            // backoff with jitter: the n-th retry waits at least half of FIRST_RETRY * 2^(n-1)
            for (int retry = 1; retry < attempts.size(); retry++) {
                long waited = attempts.get(retry) - attempts.get(retry - 1);
                long least = FIRST_RETRY.multipliedBy(1L << (retry - 1)).dividedBy(2).toNanos();
                assertTrue(waited >= least, "retry " + retry + " after " + waited + " ns, before " + least);
            }
            ConsumerStatus status = recorder(a.getBean(MonitorConsumersQuery.class).statuses());
            assertEquals(0, status.lagEvents());
            assertEquals(1, status.deadLetters());
            assertEquals(0, status.attempts());
        }
    }

    @Test
    void anInstanceKilledInTheMiddleOfABatchLeavesNoEffectAndAnotherResumesWithoutADuplicate() throws Exception {
        String database = TestPostgres.freshDatabase();
        ExecutorService doomed = Executors.newSingleThreadExecutor();
        try (ApplicationContext b = instance(database, "b", 20)) {
            ApplicationContext a = instance(database, "a", 20);
            a.getBean(RunConsumersUseCase.class).runAll();
            long start = append(b, types(30));
            AtomicLong backend = new AtomicLong();
            CountDownLatch reached = new CountDownLatch(1);
            CountDownLatch never = new CountDownLatch(1);
            RecordingConsumer onA = a.getBean(RecordingConsumer.class);
            onA.beforeEffect(event -> {
                if (event.position() == start + 25) {
                    backend.set(onA.jdbc().one("SELECT pg_backend_pid()", statement -> { },
                            row -> row.getLong(1)).orElseThrow());
                    reached.countDown();
                    await(never);
                }
            });
            doomed.submit(() -> a.getBean(RunConsumersUseCase.class).runAll());
            assertTrue(reached.await(30, TimeUnit.SECONDS), "instance a reached the middle of its second batch");

            // the instance dies: the database ends its connection and what its transaction wrote
            b.getBean(Jdbc.class).one("SELECT pg_terminate_backend(?)", statement -> statement.setInt(1,
                    (int) backend.get()), row -> row.getBoolean(1));
            doomed.shutdownNow();
            a.close();

            runUntilCaughtUp(b, runs -> { });
            List<Long> expected = new ArrayList<>();
            for (long position = start + 1; position <= start + 30; position++) {
                expected.add(position);
            }
            assertEquals(expected, effectPositions(b), "every event had its effect exactly once");
            assertEquals(Map.of("a", 20L, "b", 10L), effectsByInstance(b),
                    "a committed its first batch; b resumed after it");
        } finally {
            doomed.shutdownNow();
        }
    }

    @Test
    void runnersOnTwoInstancesNeverWorkOnOneConsumerAtOnce() throws Exception {
        String database = TestPostgres.freshDatabase();
        try (ApplicationContext a = instance(database, "a", 5); ApplicationContext b = instance(database, "b", 5)) {
            a.getBean(RunConsumersUseCase.class).runAll();
            b.getBean(RunConsumersUseCase.class).runAll();
            a.getBean(RecordingConsumer.class).beforeEffect(event -> pause());
            b.getBean(RecordingConsumer.class).beforeEffect(event -> pause());
            AtomicBoolean appending = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> runners = new ArrayList<>();
            for (ApplicationContext instance : List.of(a, b, a, b)) {
                runners.add(pool.submit(() -> {
                    RunConsumersUseCase runner = instance.getBean(RunConsumersUseCase.class);
                    while (appending.get()) {
                        runner.runAll();
                        TimeUnit.MILLISECONDS.sleep(5);
                    }
                    return null;
                }));
            }
            long start = -1;
            for (int chunk = 0; chunk < 10; chunk++) {
                long first = append(chunk % 2 == 0 ? a : b, types(10));
                start = start < 0 ? first : start;
            }
            runUntilCaughtUp(a, runs -> { });
            appending.set(false);
            for (Future<?> runner : runners) {
                runner.get(30, TimeUnit.SECONDS);
            }
            pool.shutdownNow();

            assertEquals(1, RecordingConsumer.MOST_IN_FLIGHT.get(), "one handler at a time");
            List<Long> positions = effectPositions(a);
            assertEquals(100, positions.size());
            for (int i = 0; i < positions.size(); i++) {
                assertEquals(start + 1 + i, positions.get(i), "each event once, in order");
            }
        }
    }

    /**
     * Each consumer runs on a thread of its own: one held in its effect (a slow mail server, say) holds back no
     * other; run one after another they all waited for it.
     */
    @Test
    void aConsumerHeldInItsEffectHoldsBackNoOther() {
        CountDownLatch release = new CountDownLatch(1);
        try (ApplicationContext a = instance(TestPostgres.freshDatabase(), "a", 20, true)) {
            MonitorConsumersQuery monitor = a.getBean(MonitorConsumersQuery.class);
            waitUntil(() -> monitor.statuses().size() > 1
                    && monitor.statuses().stream().anyMatch(s -> s.name().equals(RecordingConsumer.NAME)),
                    "the job registered the consumers", monitor);
            a.getBean(RecordingConsumer.class).beforeEffect(event -> {
                if (event.type().equals("test:hold")) {
                    await(release);
                }
            });
            try {
                long held = append(a, "test:hold");
                waitUntil(() -> RecordingConsumer.IN_FLIGHT.get() == 1, "the recorder holds its event", monitor);
                long after = append(a, "test:plain");

                waitUntil(() -> monitor.statuses().stream().filter(s -> !s.name().equals(RecordingConsumer.NAME))
                        .allMatch(s -> s.position() > after), "the other consumers went past both events", monitor);
                assertEquals(held, recorder(monitor.statuses()).position(), "the recorder is still held");
                release.countDown();
                waitUntil(() -> recorder(monitor.statuses()).position() > after, "the recorder caught up", monitor);
            } finally {
                release.countDown();
            }
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what,
                                  MonitorConsumersQuery monitor) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, () -> "not yet: " + what + "; " + monitor.statuses());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static ApplicationContext instance(String database, String name, int batchSize) {
        return instance(database, name, batchSize, false);
    }

    /** @param jobs whether the instance runs its consumers on its own schedule (the tests run them otherwise) */
    private static ApplicationContext instance(String database, String name, int batchSize, boolean jobs) {
        return ApplicationContext.run(Map.ofEntries(
                Map.entry("conveyor.cache", "none"),
                Map.entry("datasources.default.url", database),
                Map.entry("datasources.default.username", ""),
                Map.entry("datasources.default.password", ""),
                Map.entry("conveyor.consumers.enabled", String.valueOf(jobs)),
                Map.entry("conveyor.consumers.max-attempts", String.valueOf(MAX_ATTEMPTS)),
                Map.entry("conveyor.consumers.first-retry", FIRST_RETRY.toMillis() + "ms"),
                Map.entry("conveyor.consumers.max-retry", "1s"),
                Map.entry("conveyor.consumers.batch-size", String.valueOf(batchSize)),
                Map.entry("conveyor.orders.confirmation-job.enabled", "false"),
                Map.entry("test.recording-consumer", "true"),
                Map.entry("test.instance", name),
                Map.entry("micronaut.security.token.jwt.signatures.secret.generator.secret",
                        "consumer-tests-secret-at-least-32-characters-long")));
    }

    /** Appends events of the given types in one transaction and numbers them; returns the position before them. */
    private static long append(ApplicationContext instance, String... types) {
        EventRelayPort relay = instance.getBean(EventRelayPort.class);
        long before = relay.assignPositions();
        List<DomainEvent> events = new ArrayList<>();
        for (String type : types) {
            events.add(new TestEvent(type, UUID.randomUUID(), Instant.now()));
        }
        instance.getBean(TransactionPort.class).inTransaction(() -> instance.getBean(EventLogPort.class)
                .append(events, new EventMetadata("consumer-test", null, null)));
        long after = relay.assignPositions();
        assertEquals(before + types.length, after, "no other writer in these tests");
        return before;
    }

    private static String[] types(int count) {
        String[] types = new String[count];
        java.util.Arrays.fill(types, "test:plain");
        return types;
    }

    /** Runs the consumers until nothing is left to handle, retries included (a deadline loop). */
    private static void runUntilCaughtUp(ApplicationContext instance,
                                         java.util.function.Consumer<List<ConsumerRun>> runs) {
        RunConsumersUseCase runner = instance.getBean(RunConsumersUseCase.class);
        MonitorConsumersQuery monitor = instance.getBean(MonitorConsumersQuery.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (recorder(monitor.statuses()).lagEvents() > 0) {
            assertTrue(System.nanoTime() < deadline, () -> "still behind: " + monitor.statuses());
            runs.accept(runner.runAll());
            pause();
        }
    }

    /** The test's consumer; the server's own (the webhook fan-out) runs beside it. */
    private static ConsumerStatus recorder(List<ConsumerStatus> statuses) {
        return statuses.stream().filter(status -> status.name().equals(RecordingConsumer.NAME)).findFirst()
                .orElseThrow(() -> new AssertionError("the recorder has not started: " + statuses));
    }

    private static List<Long> effectPositions(ApplicationContext instance) {
        return instance.getBean(Jdbc.class).list("SELECT position FROM recorded_effect ORDER BY position",
                statement -> { }, row -> row.getLong(1));
    }

    private static Map<String, Long> effectsByInstance(ApplicationContext instance) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        instance.getBean(Jdbc.class).list("SELECT instance, COUNT(*) FROM recorded_effect GROUP BY instance",
                statement -> { }, row -> counts.put(row.getString(1), row.getLong(2)));
        return counts;
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the instance was stopped", e);
        }
    }

    private record TestEvent(String type, UUID aggregateId, Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateType() {
            return "test";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of();
        }
    }
}
