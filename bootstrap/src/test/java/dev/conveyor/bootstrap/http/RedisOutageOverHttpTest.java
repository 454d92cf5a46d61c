package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.testsupport.RedisServerProcess;
import dev.conveyor.testsupport.TestRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The server on PostgreSQL with its cache in a private redis-server that the
 * test stops in the middle: every request keeps succeeding, from the database
 * and within the Redis timeout, {@code /health} stays UP with the redis
 * component DOWN, and once Redis is back the cache fills again.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisOutageOverHttpTest implements TestPropertyProvider {

    private static final Duration FAST = Duration.ofSeconds(1);

    private final RedisServerProcess redis = RedisServerProcess.start();
    private final String prefix = TestRedis.uniquePrefix();

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(),
                "conveyor.cache", "redis",
                "redis.uri", redis.uri(),
                "conveyor.redis.key-prefix", prefix);
    }

    @AfterAll
    void stopRedis() {
        redis.close();
    }

    @Test
    void requestsKeepSucceedingFromTheDatabaseWhileRedisIsDownAndTheCacheFillsAgainAfterwards() {
        Api api = new Api(server.getURL(), json);
        HttpShop shop = new HttpShop(api);
        Session seller = shop.user("SELLER");
        Session customer = shop.customer();
        UUID product = shop.product(seller, 100);
        UUID order = shop.order(customer, product);
        api.get("/api/orders/" + order).as(customer).send().expect(200);
        assertTrue(cached(order), "the read filled the cache");
        assertEquals("UP", api.get("/health").as(shop.admin()).send().expect(200).text("details.redis.status"));

        redis.stop();

        for (int i = 0; i < 5; i++) {
            fast(() -> api.get("/api/orders/" + order).as(customer).send().expect(200));
            fast(() -> api.get("/api/products?category=tests").send().expect(200));
        }
        UUID placedWhileDown = fast(() -> shop.order(customer, product));
        fast(() -> api.post("/api/orders/" + order + "/cancel").as(customer).json(Map.of("reason", "no cache"))
                .send().expect(200));
        assertEquals("CANCELLED", fast(() -> api.get("/api/orders/" + order).as(customer).send().expect(200))
                .text("status"));
        fast(() -> api.post("/api/cart/lines").as(customer)
                .json(Map.of("productId", product.toString(), "quantity", 1)).send().expect(200));
        Reply health = api.get("/health").as(shop.admin()).send().expect(200);
        assertEquals("UP", health.text("status"));
        assertEquals("DOWN", health.text("details.redis.status"));
        assertEquals("UP", health.text("details.jdbc.status"));

        redis.restart();

        awaitTrue(() -> {
            api.get("/api/orders/" + placedWhileDown).as(customer).send().expect(200);
            return cached(placedWhileDown);
        }, "the cache fills again after the restart");
        assertEquals("UP", api.get("/health").as(shop.admin()).send().expect(200).text("details.redis.status"));
        assertEquals("CANCELLED", api.get("/api/orders/" + order).as(customer).send().expect(200).text("status"));
    }

    private boolean cached(UUID order) {
        RedisClient client = RedisClient.create(redis.uri());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().keys(prefix + "cache:v1:*:orders:" + order).size() == 1;
        } finally {
            client.shutdown();
        }
    }

    private static <T> T fast(Supplier<T> request) {
        long started = System.nanoTime();
        T answer = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(FAST) < 0, "took " + took);
        return answer;
    }

    private static void awaitTrue(Supplier<Boolean> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.get()) {
            assertTrue(System.nanoTime() - deadline < 0, what + " within 20 s");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
