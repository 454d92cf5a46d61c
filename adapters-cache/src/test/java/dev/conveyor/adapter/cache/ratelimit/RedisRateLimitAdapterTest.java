package dev.conveyor.adapter.cache.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.cache.RedisContexts;
import dev.conveyor.adapter.cache.ratelimit.RedisRateLimitAdapter;
import dev.conveyor.application.shared.port.out.RateLimitPort;
import dev.conveyor.testsupport.TestRedis;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisRateLimitAdapterTest extends RateLimitPortContract {

    private final String prefix = TestRedis.uniquePrefix();
    private final ApplicationContext context = RedisContexts.start(TestRedis.uri(), prefix);
    private final RateLimitPort limits = context.getBean(RateLimitPort.class);

    @AfterEach
    void close() {
        context.close();
    }

    @Override
    RateLimitPort limits() {
        return limits;
    }

    @Test
    void countsInOneKeyUnderThePrefixThatExpiresWithTheWindow() {
        assertInstanceOf(RedisRateLimitAdapter.class, limits);
        RedisCommands<String, String> redis = rawConnection().sync();

        limits.tryAcquire("login:ada", 5, Duration.ofSeconds(30));
        limits.tryAcquire("login:ada", 5, Duration.ofSeconds(30));

        assertEquals("2", redis.get(prefix + "rate:login:ada"));
        long ttl = redis.pttl(prefix + "rate:login:ada");
        assertTrue(ttl > 25_000 && ttl <= 30_000, "pttl " + ttl);
    }

    @Test
    void retryAfterIsTheRemainingTimeToLiveOfTheKey() {
        RedisCommands<String, String> redis = rawConnection().sync();
        limits.tryAcquire("login:ada", 1, Duration.ofSeconds(30));
        redis.pexpire(prefix + "rate:login:ada", 12_000);

        Duration retryAfter = limits.tryAcquire("login:ada", 1, Duration.ofSeconds(30)).orElseThrow();

        assertTrue(retryAfter.toMillis() > 10_000 && retryAfter.toMillis() <= 12_000, "retry after " + retryAfter);
    }

    @Test
    void aCounterLeftWithoutExpiryGetsOneInsteadOfBlockingForever() {
        RedisCommands<String, String> redis = rawConnection().sync();
        redis.set(prefix + "rate:login:ada", "7");

        Duration retryAfter = limits.tryAcquire("login:ada", 1, Duration.ofSeconds(30)).orElseThrow();

        assertEquals(Duration.ofSeconds(30), retryAfter);
        assertTrue(redis.pttl(prefix + "rate:login:ada") > 0);
    }

    @SuppressWarnings("unchecked")
    private StatefulRedisConnection<String, String> rawConnection() {
        return context.getBean(StatefulRedisConnection.class);
    }
}
