package dev.conveyor.bootstrap.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.events.port.in.ConsumerStatus;
import dev.conveyor.application.events.port.in.MonitorConsumersQuery;
import dev.conveyor.application.events.port.in.RunConsumersUseCase;
import dev.conveyor.application.events.port.out.ConsumerStorePort;
import dev.conveyor.application.events.port.out.EventConsumerPort;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.EventLogReaderPort.Scope;
import dev.conveyor.application.events.port.out.EventRelayPort;
import dev.conveyor.application.shared.port.out.EventLogPort;
import dev.conveyor.application.shared.port.out.EventLogPort.EventMetadata;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.testsupport.TcpProxy;
import dev.conveyor.testsupport.TestPostgres;
import io.micronaut.context.ApplicationContext;
import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.IterableConsumer;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.StreamState;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The event bus on a real NATS server with JetStream ({@code CONVEYOR_TEST_NATS_URL}, default
 * nats://127.0.0.1:4222) and PostgreSQL, instances as application contexts on one database; each test has a
 * stream and subjects of its own, deleted afterwards. The stream must hold every event exactly once, in
 * position order (stream sequence n = the n-th event), with the event's id as message id: across an instance
 * killed between publishing and committing, across a NATS outage in the middle of publishing, and when an event
 * is published again.
 */
class NatsEventBusTest {

    private static final String NATS_URL = System.getenv().getOrDefault("CONVEYOR_TEST_NATS_URL",
            "nats://127.0.0.1:4222");
    private static final String NAME = "nats";

    private final String stream = "TEST_" + UUID.randomUUID().toString().replace("-", "");
    private final String prefix = "test" + stream.substring(5, 17) + ".events";
    private Connection nats;
    private JetStreamManagement management;

    @BeforeEach
    void connect() throws Exception {
        nats = Nats.connect(NATS_URL);
        management = nats.jetStreamManagement();
    }

    @AfterEach
    void dropStream() throws Exception {
        try {
            management.deleteStream(stream);
        } catch (JetStreamApiException e) {
            // a test that failed before the stream was made
        } finally {
            nats.close();
        }
    }

    @Test
    void tenThousandEventsReachTheStreamOnceInOrderAcrossAnInstanceKilledBetweenPublishingAndCommitting()
            throws Exception {
        String database = TestPostgres.freshDatabase();
        try (ApplicationContext b = instance(database, "nats-b", NATS_URL, 1000)) {
            b.getBean(RunConsumersUseCase.class).runAll();
            long start = -1;
            for (int chunk = 0; chunk < 20; chunk++) {
                long first = append(b, 500);
                start = start < 0 ? first : start;
            }
            // a batch may commit between seeing it published and the kill on a busy machine: then kill the next
            boolean killedMidBatch = false;
            for (int attempt = 0; attempt < 5 && !killedMidBatch; attempt++) {
                killedMidBatch = killedBetweenPublishingAndCommitting(database, b);
            }
            assertTrue(killedMidBatch, "an instance died with events published that it never committed");

            runUntilCaughtUp(b);
            assertStreamHoldsOnce(b, start, 10_000);
        }
    }

    /**
     * Runs instance a until it has published well into a batch it has not committed, then cuts its database
     * connections as a crash would; b publishes that batch again.
     *
     * @return whether a died before committing what it published
     */
    private boolean killedBetweenPublishingAndCommitting(String database, ApplicationContext b) throws Exception {
        ExecutorService doomed = Executors.newSingleThreadExecutor();
        try (TcpProxy toDatabase = new TcpProxy(TestPostgres.port(database));
             ApplicationContext a = instance(TestPostgres.throughPort(database, toDatabase.port()), "nats-a",
                     NATS_URL, 1000)) {
            AtomicBoolean running = new AtomicBoolean(true);
            Future<?> runner = doomed.submit(() -> {
                RunConsumersUseCase consumers = a.getBean(RunConsumersUseCase.class);
                while (running.get()) {
                    consumers.runAll();
                }
                return null;
            });
            long published;
            long committed;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            do {
                assertTrue(System.nanoTime() < deadline, "instance a publishes");
                TimeUnit.MILLISECONDS.sleep(2);
                published = lastPublishedPosition();
                committed = committedPosition(b);
            } while (published - committed < 200);
            toDatabase.cut();
            running.set(false);
            try {
                runner.get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException expected) {
                // its batch could not commit: its database connection is gone
            }
            return published > committedPosition(b);
        } finally {
            doomed.shutdownNow();
        }
    }

    @Test
    void aNatsOutageInTheMiddleOfPublishingIsRetriedAndCaughtUpWithoutLossOrDuplicate() throws Exception {
        URI server = URI.create(NATS_URL);
        try (TcpProxy proxy = new TcpProxy(server.getPort());
              ApplicationContext a = instance(TestPostgres.freshDatabase(), "nats-a",
                     "nats://127.0.0.1:" + proxy.port(), 20, 2)) {
            RunConsumersUseCase consumers = a.getBean(RunConsumersUseCase.class);
            consumers.runAll();
            long start = append(a, 300);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            AtomicBoolean running = new AtomicBoolean(true);
            Future<?> runner = pool.submit(() -> {
                while (running.get()) {
                    consumers.runAll();
                    TimeUnit.MILLISECONDS.sleep(5);
                }
                return null;
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (messageCount() < 100) {
                assertTrue(System.nanoTime() < deadline, "the consumer publishes");
                TimeUnit.MILLISECONDS.sleep(2);
            }
            proxy.cut();
            long duringOutage = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            ConsumerStatus failing;
            do {
                assertTrue(System.nanoTime() < duringOutage, "the consumer fails while NATS is away");
                TimeUnit.MILLISECONDS.sleep(20);
                failing = status(a);
            } while (failing.attempts() < 2);
            assertTrue(failing.lagEvents() > 0, "the outage holds the consumer back");
            assertTrue(failing.lastError().contains("NATS"), failing.lastError());
            assertTrue(failing.attempts() >= 2, "past max-attempts (2): an outage is not the event's fault");
            proxy.restore();

            runUntil(a, () -> status(a).lagEvents() == 0);
            running.set(false);
            runner.get(30, TimeUnit.SECONDS);
            pool.shutdownNow();
            assertEquals(0, status(a).deadLetters(), "nothing dead-lettered");
            assertStreamHoldsOnce(a, start, 300);
        }
    }

    @Test
    void anEventPublishedAgainIsDroppedByTheStream() throws Exception {
        try (ApplicationContext a = instance(TestPostgres.freshDatabase(), "nats-a", NATS_URL, 100)) {
            a.getBean(RunConsumersUseCase.class).runAll();
            long start = append(a, 3);
            runUntilCaughtUp(a);
            assertStreamHoldsOnce(a, start, 3);

            // the same position handed to the publisher twice, as after a crash before the commit
            EventConsumerPort publisher = a.getBeansOfType(EventConsumerPort.class).stream()
                    .filter(consumer -> consumer.name().equals(NAME)).findFirst().orElseThrow();
            LoggedEvent second = events(a, start, 3).get(1);
            publisher.handle(second);
            publisher.handle(second);
            // and the consumer moved back, as by an administrator's replay, within the duplicate window
            ConsumerStorePort store = a.getBean(ConsumerStorePort.class);
            a.getBean(TransactionPort.class).inTransaction(() ->
                    store.save(store.lock(NAME).orElseThrow().advancedTo(start)));
            runUntilCaughtUp(a);

            assertStreamHoldsOnce(a, start, 3);
            assertEquals(events(a, start, 3).stream().map(event -> event.id().toString()).toList(),
                    readWithADurableConsumer(3), "another service follows the stream (docs/integrations.md)");
        }
    }

    /** The consumer of docs/integrations.md ("Consuming it"), on this test's stream and subjects. */
    private List<String> readWithADurableConsumer(int count) throws Exception {
        List<String> ids = new ArrayList<>();
        ConsumerContext billing = nats.getStreamContext(stream).createOrUpdateConsumer(
                ConsumerConfiguration.builder().durable("billing").filterSubject(prefix + ".test.>")
                        .deliverPolicy(DeliverPolicy.All).ackPolicy(AckPolicy.Explicit).build());
        try (IterableConsumer messages = billing.iterate()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (ids.size() < count && System.nanoTime() < deadline) {
                Message message = messages.nextMessage(Duration.ofSeconds(1));
                if (message == null) {
                    continue;
                }
                assertEquals("test:plain", message.getHeaders().getFirst("Conveyor-Event-Type"));
                ids.add(message.getHeaders().getFirst("Nats-Msg-Id"));
                message.ack();
            }
        }
        return ids;
    }

    private void assertStreamHoldsOnce(ApplicationContext instance, long start, int count) throws Exception {
        StreamState state = management.getStreamInfo(stream).getStreamState();
        assertEquals(count, state.getMsgCount(), "one message per event");
        assertEquals(1, state.getFirstSequence());
        assertEquals(count, state.getLastSequence(), "no sequence taken by a duplicate");
        List<LoggedEvent> events = events(instance, start, count);
        Set<String> ids = new HashSet<>();
        for (int n = 1; n <= count; n++) {
            MessageInfo message = management.getMessage(stream, n);
            LoggedEvent event = events.get(n - 1);
            assertEquals(String.valueOf(event.position()), message.getHeaders().getFirst("Conveyor-Position"),
                    "sequence " + n + " is the " + n + "-th event");
            assertEquals(event.id().toString(), message.getHeaders().getFirst("Nats-Msg-Id"));
            assertEquals(event.type(), message.getHeaders().getFirst("Conveyor-Event-Type"));
            assertEquals(prefix + ".test.plain", message.getSubject());
            assertTrue(new String(message.getData(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains("\"id\":\"" + event.id() + "\""));
            assertTrue(ids.add(event.id().toString()), "no event twice");
        }
    }

    private static List<LoggedEvent> events(ApplicationContext instance, long start, int count) {
        List<LoggedEvent> events = instance.getBean(EventLogReaderPort.class).read(start, start + count, Scope.ALL,
                count);
        assertEquals(count, events.size());
        return events;
    }

    private long lastPublishedPosition() throws IOException, JetStreamApiException {
        long last = messageCount() == 0 ? 0 : management.getStreamInfo(stream).getStreamState().getLastSequence();
        if (last == 0) {
            return -1;
        }
        return Long.parseLong(management.getMessage(stream, last).getHeaders().getFirst("Conveyor-Position"));
    }

    private long messageCount() throws IOException {
        try {
            return management.getStreamInfo(stream).getStreamState().getMsgCount();
        } catch (JetStreamApiException e) {
            return 0; // not made yet
        }
    }

    private static long committedPosition(ApplicationContext instance) {
        return instance.getBean(ConsumerStorePort.class).all().stream()
                .filter(state -> state.name().equals(NAME)).findFirst().orElseThrow().position();
    }

    private static ConsumerStatus status(ApplicationContext instance) {
        return instance.getBean(MonitorConsumersQuery.class).statuses().stream()
                .filter(status -> status.name().equals(NAME)).findFirst()
                .orElseThrow(() -> new AssertionError("the NATS consumer does not run"));
    }

    private static void runUntilCaughtUp(ApplicationContext instance) {
        RunConsumersUseCase runner = instance.getBean(RunConsumersUseCase.class);
        runUntil(instance, () -> {
            runner.runAll();
            return status(instance).lagEvents() == 0;
        });
    }

    private static void runUntil(ApplicationContext instance, java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, () -> "still behind: " + status(instance));
            try {
                TimeUnit.MILLISECONDS.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private ApplicationContext instance(String database, String name, String natsUrl, int batchSize) {
        return instance(database, name, natsUrl, batchSize, 10_000);
    }

    private ApplicationContext instance(String database, String name, String natsUrl, int batchSize,
                                        int maxAttempts) {
        Map<String, Object> settings = new HashMap<>(Map.ofEntries(
                Map.entry("conveyor.cache", "none"),
                Map.entry("datasources.default.url", database + (database.contains("?") ? "&" : "?")
                        + "ApplicationName=" + name),
                Map.entry("datasources.default.username", ""),
                Map.entry("datasources.default.password", ""),
                Map.entry("conveyor.consumers.enabled", "false"),
                Map.entry("conveyor.consumers.max-attempts", String.valueOf(maxAttempts)),
                Map.entry("conveyor.consumers.first-retry", "50ms"),
                Map.entry("conveyor.consumers.max-retry", "200ms"),
                Map.entry("conveyor.consumers.batch-size", String.valueOf(batchSize)),
                Map.entry("conveyor.orders.confirmation-job.enabled", "false"),
                Map.entry("conveyor.webhooks.enabled", "false"),
                Map.entry("conveyor.events.bus", "nats"),
                Map.entry("conveyor.nats.url", natsUrl),
                Map.entry("conveyor.nats.stream", stream),
                Map.entry("conveyor.nats.subject-prefix", prefix),
                Map.entry("conveyor.nats.timeout", "1s"),
                Map.entry("micronaut.security.token.jwt.signatures.secret.generator.secret",
                        "nats-tests-secret-at-least-32-characters-long")));
        return ApplicationContext.run(settings);
    }

    /** Appends {@code count} events in one transaction and numbers them; returns the position before them. */
    private static long append(ApplicationContext instance, int count) {
        EventRelayPort relay = instance.getBean(EventRelayPort.class);
        long before = relay.assignPositions();
        List<DomainEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new TestEvent("test:plain", UUID.randomUUID(), Instant.now()));
        }
        instance.getBean(TransactionPort.class).inTransaction(() -> instance.getBean(EventLogPort.class)
                .append(events, new EventMetadata("nats-test", null, null)));
        long after = relay.assignPositions();
        assertEquals(before + count, after, "no other writer in these tests");
        return before;
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
