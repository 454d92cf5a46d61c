package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.bootstrap.consumers.RecordingConsumer;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An administrator pauses, resumes, skips and replays a durable consumer (the test's recording consumer)
 * while the server runs it on its schedule, and reads its lag on {@code /prometheus}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsumersOverHttpTest implements TestPropertyProvider {

    private static final String CONSUMER = "/api/admin/consumers/" + RecordingConsumer.NAME;

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject Jdbc jdbc;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(),
                "test.recording-consumer", "true",
                "conveyor.consumers.interval", "50ms");
    }

    @Test
    void anAdministratorPausesResumesSkipsAndReplaysAConsumer() throws Exception {
        Api api = new Api(server.getURL(), json);
        HttpShop shop = new HttpShop(api);
        Session admin = shop.admin();
        UUID product = shop.product(shop.user("SELLER"), 100);
        Reply all = awaitAll(api, admin);
        // by name: the server's mail consumer, the test's recorder, then the server's webhook fan-out
        assertEquals(List.of("mail", RecordingConsumer.NAME, "webhooks"), consumers(all).stream()
                .map(consumer -> ((Map<?, ?>) consumer).get("name")).toList());
        awaitStatus(api, admin, reply -> reply.number("0.lagEvents") == 0);

        api.post(CONSUMER + "/pause").as(admin).send().expect(200);
        shop.order(shop.customer(), product);
        Reply behind = awaitStatus(api, admin, reply -> reply.number("0.lagEvents") > 0);
        long pausedAt = behind.number("0.position");
        assertTrue(behind.at("0.paused").equals(Boolean.TRUE));
        String metrics = api.get("/prometheus").as(admin).send().expect(200).text();
        assertTrue(metrics.contains("conveyor_consumer_lag_events{consumer=\"recorder\""), metrics);
        TimeUnit.MILLISECONDS.sleep(500); // ten runs of the job
        assertEquals(pausedAt, recorderOnly(api.get("/api/admin/consumers").as(admin).send().expect(200))
                        .number("0.position"),
                "a paused consumer stays where it is");

        Reply skipped = api.post(CONSUMER + "/skip").as(admin).send().expect(200);
        assertEquals(pausedAt + 1, skipped.number("position"));
        api.post(CONSUMER + "/resume").as(admin).send().expect(200);
        Reply caughtUp = awaitStatus(api, admin, reply -> reply.number("0.lagEvents") == 0);
        long latest = caughtUp.number("0.latest");
        assertEquals(latest - pausedAt - 1, effects("position > " + (pausedAt + 1)), "each event after the skipped one");
        assertEquals(0, effects("position = " + (pausedAt + 1)), "the skipped event had no effect");
        api.post(CONSUMER + "/skip").as(admin).send().expectProblem(409, "NOTHING_TO_SKIP");

        api.post(CONSUMER + "/replay").as(admin).json(Map.of("from", pausedAt + 1)).send().expect(200);
        awaitStatus(api, admin, reply -> reply.number("0.lagEvents") == 0);
        assertEquals(1, effects("position = " + (pausedAt + 1)), "replayed: the skipped event now had its effect");
        assertEquals(2 * (latest - pausedAt - 1), effects("position > " + (pausedAt + 1)), "and the others again");

        api.post(CONSUMER + "/replay").as(admin).json(Map.of("from", 0)).send().expectInvalid("from");
        api.post(CONSUMER + "/replay").as(admin).json(Map.of("from", latest + 2)).send().expectInvalid("from");
        api.post(CONSUMER + "/replay").as(admin).json(Map.of()).send().expectInvalid("from");
        Reply letters = api.get(CONSUMER + "/dead-letters?size=5").as(admin).send().expect(200);
        assertEquals(0, letters.number("total"));
        api.post("/api/admin/consumers/no-such-consumer/pause").as(admin).send()
                .expectProblem(404, "CONSUMER_NOT_FOUND");
        api.get("/api/admin/consumers/no-such-consumer/dead-letters").as(admin).send()
                .expectProblem(404, "CONSUMER_NOT_FOUND");
    }

    private static List<?> consumers(Reply reply) {
        assertTrue(reply.body() instanceof List<?>, () -> "not a list: " + reply);
        return (List<?>) reply.body();
    }

    private static Reply awaitAll(Api api, Session admin) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            Reply reply = api.get("/api/admin/consumers").as(admin).send().expect(200);
            if (consumers(reply).size() == 3) {
                return reply;
            }
            assertTrue(System.nanoTime() < deadline, () -> "the consumers never registered: " + reply);
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    /** The list with the recorder's status alone (the server's own consumers run beside it). */
    private static Reply recorderOnly(Reply reply) {
        List<?> recorder = consumers(reply).stream()
                .filter(consumer -> RecordingConsumer.NAME.equals(((Map<?, ?>) consumer).get("name"))).toList();
        return new Reply(reply.request(), reply.status(), reply.headers(), reply.text(), recorder);
    }

    private long effects(String condition) {
        return jdbc.one("SELECT COUNT(*) FROM recorded_effect WHERE " + condition, statement -> { },
                row -> row.getLong(1)).orElseThrow();
    }

    private static Reply awaitStatus(Api api, Session admin, Predicate<Reply> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            Reply reply = recorderOnly(api.get("/api/admin/consumers").as(admin).send().expect(200));
            if (!consumers(reply).isEmpty() && condition.test(reply)) {
                return reply;
            }
            assertTrue(System.nanoTime() < deadline, () -> "the consumers never got there: " + reply);
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }
}
