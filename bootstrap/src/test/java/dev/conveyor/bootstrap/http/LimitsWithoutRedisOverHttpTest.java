package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.testsupport.RedisServerProcess;
import dev.conveyor.testsupport.TestRedis;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * With its Redis (a private redis-server) stopped, the server still limits:
 * each instance on its own, as {@code /health} says. The login limiter let 12
 * wrong passwords in a row through without a 429 while Redis was down.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LimitsWithoutRedisOverHttpTest implements TestPropertyProvider {

    private final RedisServerProcess redis = RedisServerProcess.start();

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(),
                "conveyor.cache", "redis",
                "redis.uri", redis.uri(),
                "conveyor.redis.key-prefix", TestRedis.uniquePrefix());
    }

    @AfterAll
    void stopRedis() {
        redis.close();
    }

    @Test
    void loginAttemptsAreStillLimitedWhileRedisIsDown() {
        Api api = new Api(server.getURL(), json);
        HttpShop shop = new HttpShop(api);
        String email = HttpShop.newEmail("no-redis");
        shop.signUp(email).expect(201);

        redis.stop();

        List<Integer> statuses = IntStream.range(0, 12)
                .mapToObj(i -> shop.logIn(email, "wrong password " + i).status()).toList();
        // ten attempts per account and address (shipped default), then none
        assertEquals(List.of(401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 429, 429), statuses);
        shop.logIn(email, HttpShop.PASSWORD).expectProblem(429, "TOO_MANY_REQUESTS");
        Reply health = api.get("/health").as(shop.admin()).send().expect(200);
        assertEquals("DOWN", health.text("details.redis.status"));
        assertEquals("degraded: reads bypass the cache and are served from the database; rate limits "
                + "hold per instance only", health.text("details.redis.details.impact"));
    }
}
