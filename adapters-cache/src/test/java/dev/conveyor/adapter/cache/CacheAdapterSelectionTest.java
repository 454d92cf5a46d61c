package dev.conveyor.adapter.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.cache.ratelimit.LocalRateLimitAdapter;
import dev.conveyor.adapter.cache.ratelimit.RedisRateLimitAdapter;
import dev.conveyor.adapter.cache.readcache.LocalCacheAdapter;
import dev.conveyor.adapter.cache.readcache.NoCacheAdapter;
import dev.conveyor.adapter.cache.readcache.RedisCacheAdapter;
import dev.conveyor.adapter.cache.redis.RedisCommandRunner;
import dev.conveyor.adapter.cache.redis.RedisHealth;
import dev.conveyor.application.shared.port.out.CachePort;
import dev.conveyor.application.shared.port.out.RateLimitPort;
import dev.conveyor.testsupport.TestRedis;
import io.lettuce.core.RedisClient;
import io.micronaut.configuration.lettuce.health.RedisHealthIndicator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Adapter selection by {@code conveyor.cache}, and what the health endpoint
 * reports about Redis in each case.
 */
class CacheAdapterSelectionTest {

    @Test
    void theInProcessAdaptersServeWhenNothingIsSetOrLocalIsChosen() {
        for (Map<String, Object> properties : List.<Map<String, Object>>of(Map.of(),
                Map.of("conveyor.cache", "local"))) {
            try (ApplicationContext context = ApplicationContext.run(properties)) {
                assertInstanceOf(LocalCacheAdapter.class, context.getBean(CachePort.class));
                assertInstanceOf(LocalRateLimitAdapter.class, context.getBean(RateLimitPort.class));
            }
        }
    }

    @Test
    void noneCachesNothingAndKeepsLimitsInProcess() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("conveyor.cache", "none"))) {
            assertInstanceOf(NoCacheAdapter.class, context.getBean(CachePort.class));
            assertInstanceOf(LocalRateLimitAdapter.class, context.getBean(RateLimitPort.class));
        }
    }

    @Test
    void anUnknownChoiceLeavesThePortsWithoutAdapterInsteadOfPickingOne() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("conveyor.cache", "memcached"))) {
            assertTrue(context.findBean(CachePort.class).isEmpty());
            assertTrue(context.findBean(RateLimitPort.class).isEmpty());
        }
    }

    /** Without any {@code redis.*} property micronaut-redis stays off entirely: no client, no health indicator. */
    @Test
    void withoutRedisConfiguredHealthHasNoRedisIndicatorAndNoClientExists() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("conveyor.cache", "local"))) {
            assertTrue(context.findBean(RedisHealthIndicator.class).isEmpty());
            assertTrue(context.findBean(RedisClient.class).isEmpty());
            for (HealthIndicator indicator : context.getBeansOfType(HealthIndicator.class)) {
                HealthResult result = Mono.from(indicator.getResult()).block(Duration.ofSeconds(10));
                assertTrue(result == null || !result.getName().startsWith("redis"), result.getName());
            }
        }
    }

    @Test
    void theRedisAdaptersServeWhenRedisIsChosenAndHealthShowsRedis() {
        try (ApplicationContext context = RedisContexts.start(TestRedis.uri(), TestRedis.uniquePrefix())) {
            assertInstanceOf(RedisCacheAdapter.class, context.getBean(CachePort.class));
            assertInstanceOf(RedisRateLimitAdapter.class, context.getBean(RateLimitPort.class));
            assertTrue(context.getBeansOfType(HealthIndicator.class).stream()
                    .noneMatch(RedisHealthIndicator.class::isInstance), "micronaut-redis's own indicator replaced");
            HealthResult redis = Mono.from(context.getBean(RedisHealth.class).getResult())
                    .block(Duration.ofSeconds(10));
            assertEquals("redis", redis.getName());
            assertEquals(HealthStatus.UP, redis.getStatus());
        }
    }

    /** docs/caching.md promises every key under {@code conveyor:} unless a deployment sets its own prefix. */
    @Test
    void redisKeysLiveUnderConveyorUnlessAPrefixIsSet() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("conveyor.cache", "redis",
                "redis.uri", TestRedis.uri()))) {
            assertEquals("conveyor:bucket:login", context.getBean(RedisCommandRunner.class).key("bucket:login"));
        }
        try (ApplicationContext context = ApplicationContext.run(Map.of("conveyor.cache", "redis",
                "redis.uri", TestRedis.uri(), "conveyor.redis.key-prefix", "shop-7:"))) {
            assertEquals("shop-7:bucket:login", context.getBean(RedisCommandRunner.class).key("bucket:login"));
        }
    }

    @Test
    void choosingRedisWithoutAServerFailsAtStartUpNamingTheMissingSetting() {
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> ApplicationContext.run(Map.of("conveyor.cache", "redis")).close());

        assertTrue(messages(failure).contains("redis.uri"), messages(failure));
    }

    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
