package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.shared.port.out.EventLogPort.EventMetadata;
import dev.conveyor.application.shared.port.out.EventLogPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.event.DomainEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Webhook deliveries in runs (many deliveries per transaction, docs/integrations.md): long streams of events
 * reach receivers on 127.0.0.1 once each, in position order, validly signed; a receiver failing in the middle
 * of a run gets the rest after its retries, in order, nothing twice; a sender whose database connection dies in
 * the middle of a run sends that run again — at most one run twice (the at-least-once window) — and nothing is
 * lost or reordered.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookRunsOverHttpTest implements TestPropertyProvider {

    private static final String TYPE = "test:run";
    private static final int MAX_PER_RUN = 100;

    private final WebhookReceiver steady = WebhookReceiver.failingFirst(0);
    private final WebhookReceiver failingMidway = WebhookReceiver.failingAfter(750, 3);
    private final WebhookReceiver crashing = WebhookReceiver.failingFirst(0);

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject EventLogPort eventLog;
    @Inject TransactionPort transactions;
    @Inject Jdbc jdbc;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(),
                "conveyor.webhooks.allowed-targets", "127.0.0.1",
                "conveyor.webhooks.interval", "50ms",
                "conveyor.webhooks.first-retry", "20ms",
                "conveyor.webhooks.max-retry", "100ms",
                "conveyor.webhooks.max-per-run", String.valueOf(MAX_PER_RUN),
                // long enough that a run on a busy machine is cut by its count, not its time
                "conveyor.webhooks.max-run-time", "30s",
                "conveyor.consumers.interval", "50ms");
    }

    @AfterAll
    void stopReceivers() {
        List.of(steady, failingMidway, crashing).forEach(WebhookReceiver::close);
    }

    @Test
    void longStreamsArriveOnceInOrderAndACrashMidRunRepeatsAtMostThatRun() throws Exception {
        Api api = new Api(server.getURL(), json);
        Session admin = new HttpShop(api).admin();
        UUID steadyId = register(api, admin, steady);
        UUID failingId = register(api, admin, failingMidway);
        // the fan-out starts at the log's end when it first runs (2 s after the start): only later events count
        await(() -> !jdbc.list("SELECT name FROM event_consumer WHERE name = 'webhooks'", statement -> { },
                row -> row.getString(1)).isEmpty(), () -> "the webhook fan-out started");

        List<UUID> first = append(2_000);
        await(() -> ids(steady).containsAll(first) && ids(failingMidway).containsAll(first),
                () -> "2,000 events reached both receivers; steady: " + steady.requests() + " requests, failing: "
                        + failingMidway.requests() + ", consumers: "
                        + api.get("/api/admin/consumers").as(admin).send().text() + ", deliveries: "
                        + jdbc.list("SELECT status, COUNT(*) FROM webhook_delivery GROUP BY status", statement -> { },
                                row -> row.getString(1) + "=" + row.getLong(2)));
        assertEquals(first, ids(steady), "the steady receiver got each event once, in position order");
        assertEquals(first, ids(failingMidway), "the receiver that failed midway got each event once, in order");
        assertInPositionOrder(steady);
        assertInPositionOrder(failingMidway);
        assertTrue(steady.received().stream().allMatch(WebhookReceiver.Received::signatureValid), "signed");
        assertTrue(failingMidway.received().stream().allMatch(WebhookReceiver.Received::signatureValid), "signed");
        assertEquals(failingMidway.received().size() + 3, failingMidway.requests(),
                "three failed attempts, retried, and nothing sent twice");
        // a run logs its attempts when it ends: the receiver may have the last requests a moment before
        await(() -> api.get("/api/admin/webhooks/" + failingId + "/attempts").as(admin).send().expect(200)
                        .number("total") == failingMidway.requests(),
                () -> "every attempt logged: " + failingMidway.requests() + " requests");
        List<UUID> failedAt = jdbc.list("SELECT event_id FROM webhook_attempt WHERE endpoint_id = ? AND status_code = 500",
                statement -> statement.setObject(1, failingId), row -> row.getObject(1, UUID.class));
        assertEquals(3, failedAt.size(), failedAt::toString);
        assertEquals(1, Set.copyOf(failedAt).size(), "one event failed three times: " + failedAt);
        assertTrue(first.indexOf(failedAt.get(0)) > 0, "in the middle of the stream");

        // one sender only, so that the connection terminated below is surely its own
        api.patch("/api/admin/webhooks/" + steadyId).as(admin).json(Map.of("active", false)).send().expect(200);
        api.patch("/api/admin/webhooks/" + failingId).as(admin).json(Map.of("active", false)).send().expect(200);
        register(api, admin, crashing);
        crashing.during(250, this::terminateSendersConnection);
        List<UUID> second = append(1_000);
        await(() -> new HashSet<>(ids(crashing)).containsAll(second),
                () -> "1,000 events reached the receiver whose sender crashed; " + crashing.requests() + " requests");
        List<UUID> arrived = ids(crashing);
        List<Long> positions = positions(crashing);
        List<Integer> stepsBack = new ArrayList<>();
        for (int i = 1; i < positions.size(); i++) {
            if (positions.get(i) <= positions.get(i - 1)) {
                stepsBack.add(i);
            }
        }
        assertEquals(1, stepsBack.size(), "the crashed run was sent again once, else everything in order: "
                + stepsBack);
        int again = stepsBack.get(0);
        int repeated = positions.indexOf(positions.get(again));
        assertTrue(again - repeated >= 1 && again - repeated <= MAX_PER_RUN,
                "at most one run sent twice: " + (again - repeated));
        assertEquals(arrived.subList(repeated, again), arrived.subList(again, again + (again - repeated)),
                "the run again from its start, in the same order");
        List<UUID> firstArrivals = new ArrayList<>(arrived.subList(0, again));
        firstArrivals.addAll(arrived.subList(again + (again - repeated), arrived.size()));
        assertEquals(second, firstArrivals, "nothing lost, nothing else twice");
        assertTrue(crashing.received().stream().allMatch(WebhookReceiver.Received::signatureValid), "signed");
    }

    /**
     * The sender waits for the receiver inside its run's transaction, its last statement the read of the
     * endpoint's pending deliveries: ending that backend is what a crash of its instance does to the transaction.
     */
    private void terminateSendersConnection() {
        List<Boolean> ended = jdbc.list("""
                        SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                        WHERE datname = current_database() AND pid <> pg_backend_pid()
                        AND state = 'idle in transaction' AND query LIKE '%FROM webhook_delivery WHERE endpoint_id%'""",
                statement -> { }, row -> row.getBoolean(1));
        assertEquals(List.of(true), ended, "the sender's connection was found and ended");
    }

    private UUID register(Api api, Session admin, WebhookReceiver receiver) {
        Reply reply = api.post("/api/admin/webhooks").as(admin).json(Map.of("url", receiver.url())).send()
                .expect(201);
        receiver.secret(reply.text("secret"));
        return reply.id("webhook.id");
    }

    /**
     * Appends events of the test's type in one transaction; answers their ids in position order, once the
     * server's relay has numbered them.
     */
    private List<UUID> append(int count) throws InterruptedException {
        List<DomainEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new RunEvent(UUID.randomUUID(), Instant.now()));
        }
        Set<UUID> before = Set.copyOf(numbered());
        transactions.inTransaction(() -> eventLog.append(events, new EventMetadata("webhook-runs-test", null, null)));
        await(() -> numbered().size() == before.size() + count, () -> "the relay numbered the events");
        return numbered().stream().filter(id -> !before.contains(id)).toList();
    }

    private List<UUID> numbered() {
        return jdbc.list("SELECT id FROM event_log WHERE type = ? AND position IS NOT NULL ORDER BY position",
                statement -> statement.setString(1, TYPE), row -> row.getObject(1, UUID.class));
    }

    /** Event ids of the test's events the receiver acknowledged, in the order they arrived. */
    private List<UUID> ids(WebhookReceiver receiver) {
        return receiver.received().stream().filter(received -> received.eventType().equals(TYPE))
                .map(received -> UUID.fromString(received.eventId())).toList();
    }

    private List<Long> positions(WebhookReceiver receiver) {
        return receiver.received().stream().filter(received -> received.eventType().equals(TYPE))
                .map(received -> ((Number) message(received).get("position")).longValue()).toList();
    }

    private void assertInPositionOrder(WebhookReceiver receiver) {
        List<Long> positions = positions(receiver);
        for (int i = 1; i < positions.size(); i++) {
            assertTrue(positions.get(i - 1) < positions.get(i), "in position order at " + i);
        }
    }

    private Map<?, ?> message(WebhookReceiver.Received received) {
        try {
            return json.readValue(received.body(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(BooleanSupplier condition, Supplier<String> what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, () -> "never happened: " + what.get());
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private record RunEvent(UUID aggregateId, Instant occurredAt) implements DomainEvent {
        @Override
        public String type() {
            return TYPE;
        }

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
