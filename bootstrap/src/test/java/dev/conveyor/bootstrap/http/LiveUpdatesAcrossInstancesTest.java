package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.testsupport.RedisServerProcess;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one PostgreSQL database and one (private) Redis: an order
 * placed on A reaches a WebSocket client of B, and so does a replay asked of A. B reads the log only when Redis
 * announces a position (its own poll is switched off), so the test also shows
 * that an announcement lost while Redis is down costs no event: the next one
 * names a later position and B reads the log up to it.
 */
class LiveUpdatesAcrossInstancesTest {

    @Test
    void anOrderPlacedOnOneInstanceReachesAClientOfTheOtherAndARedisOutageLosesNoEvent() {
        try (RedisServerProcess redis = RedisServerProcess.start()) {
            Map<String, String> a = TestServers.with(TestServers.postgres(), "conveyor.cache", "redis",
                    "redis.uri", redis.uri());
            Map<String, String> b = TestServers.with(TestServers.onAnotherPort(a),
                    "conveyor.events.poll-interval", "1h");
            try (EmbeddedServer serverA = ApplicationContext.run(EmbeddedServer.class, new java.util.HashMap<String, Object>(a));
                 EmbeddedServer serverB = ApplicationContext.run(EmbeddedServer.class, new java.util.HashMap<String, Object>(b))) {
                JsonMapper json = serverA.getApplicationContext().getBean(JsonMapper.class);
                Api onA = new Api(serverA.getURL(), json);
                HttpShop shop = new HttpShop(onA);
                Session staff = shop.user("STAFF");
                Session customer = shop.customer();
                UUID product = shop.product(shop.user("SELLER"), 1_000);

                try (LiveClient onB = LiveClient.as(serverB.getURL(), json, staff)) {
                    long subscribedAt = ((Number) subscribed(onB).get("position")).longValue();
                    List<Map<String, Object>> received = new ArrayList<>();

                    UUID first = shop.order(customer, product);
                    received.addAll(until(onB, first));

                    redis.stop();
                    UUID duringOutage = shop.order(customer, product);
                    redis.restart();
                    // announcements resume once both servers reconnected; each new order announces anew
                    Instant deadline = Instant.now().plusSeconds(30);
                    boolean seen = false;
                    while (!seen) {
                        assertTrue(Instant.now().isBefore(deadline), "no event reached B after Redis came back");
                        UUID probe = shop.order(customer, product);
                        List<Map<String, Object>> batch = onB.drain(Duration.ofSeconds(2));
                        received.addAll(batch);
                        seen = batch.stream().anyMatch(m -> probe.toString().equals(orderId(m)));
                    }

                    List<Long> positions = received.stream().filter(m -> m.containsKey("position"))
                            .map(m -> ((Number) m.get("position")).longValue()).toList();
                    assertEquals(LongStream.rangeClosed(subscribedAt + 1, subscribedAt + positions.size()).boxed()
                            .toList(), positions, "every event once, in order, none lost in the outage");
                    assertTrue(received.stream().anyMatch(m -> "order:created".equals(m.get("type"))
                            && duringOutage.toString().equals(orderId(m))), "the order placed during the outage");

                    // an administrator's replay on A reaches B's client too, marked as such
                    long replayedPosition = positions.get(0);
                    onA.post("/api/events/replay").as(shop.admin()).json(Map.of("from", replayedPosition, "to", replayedPosition))
                            .send().expect(200);
                    Map<String, Object> replayed = onB.next(m -> Boolean.TRUE.equals(m.get("replayed")));
                    assertEquals(replayedPosition, ((Number) replayed.get("position")).longValue());
                    try (LiveClient onA2 = LiveClient.as(serverA.getURL(), json, staff)) {
                        subscribed(onA2);
                        onA.post("/api/events/replay").as(shop.admin())
                                .json(Map.of("from", replayedPosition, "to", replayedPosition)).send().expect(200);
                        assertEquals(replayedPosition, ((Number) onA2.next(m -> Boolean.TRUE.equals(m.get("replayed")))
                                .get("position")).longValue());
                        assertTrue(onA2.drain(Duration.ofSeconds(1)).stream()
                                .noneMatch(m -> Boolean.TRUE.equals(m.get("replayed"))), "replayed once on A");
                    }
                }
            }
        }
    }

    private static Map<String, Object> subscribed(LiveClient client) {
        client.send(Map.of("type", "subscribe"));
        return client.next(m -> "subscribed".equals(m.get("type")));
    }

    /** The messages up to and including the creation of {@code order}. */
    private static List<Map<String, Object>> until(LiveClient client, UUID order) {
        List<Map<String, Object>> messages = new ArrayList<>();
        while (true) {
            Map<String, Object> message = client.next();
            messages.add(message);
            if ("order:created".equals(message.get("type")) && order.toString().equals(orderId(message))) {
                return messages;
            }
        }
    }

    private static String orderId(Map<String, Object> message) {
        return message.get("data") instanceof Map<?, ?> data ? String.valueOf(data.get("orderId")) : null;
    }
}
