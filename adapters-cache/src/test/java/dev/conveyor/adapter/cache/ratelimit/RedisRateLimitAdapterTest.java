package dev.conveyor.adapter.cache.ratelimit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.cache.RedisContexts;
import dev.conveyor.adapter.cache.redis.RedisCommandRunner;
import dev.conveyor.application.shared.port.out.RateLimitPort;
import dev.conveyor.testsupport.TestRedis;
import io.github.bucket4j.TimeMeter;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisRateLimitAdapterTest extends RateLimitPortContract {

    private final String prefix = TestRedis.uniquePrefix();
    /** Redis answers in these tests: a slow answer on a loaded machine must not count as an outage. */
    private final ApplicationContext context = RedisContexts.start(TestRedis.uri(), prefix,
            Map.of("conveyor.redis.timeout", "10s"));

    @AfterEach
    void close() {
        context.close();
    }

    /** The adapter the application gets, on a clock the test moves, refusing to count in process. */
    @Override
    RateLimitPort limits(LongSupplier nanoTime) {
        RateLimitPort noFallback = (key, limit, window) -> {
            throw new AssertionError("Redis answers: nothing may be counted in process");
        };
        return new RedisRateLimitAdapter(context.getBean(RedisCommandRunner.class), noFallback, new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoTime.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        });
    }

    @Test
    void theApplicationsLimiterIsThisOne() {
        assertTrue(context.getBean(RateLimitPort.class) instanceof RedisRateLimitAdapter);
    }

    @Test
    void eachBucketIsOneKeyUnderThePrefixThatExpiresOnceTheBucketIsFullAgain() {
        RedisCommands<String, String> redis = rawConnection().sync();

        limits(now::get).tryAcquire("login:ada", 5, Duration.ofSeconds(30));

        // one token of five per 30 s is back after 6 s; the key stays 5 s longer
        long ttl = redis.pttl(prefix + "bucket:login:ada");
        assertTrue(ttl > 9_000 && ttl <= 11_000, "pttl " + ttl);
    }

    @SuppressWarnings("unchecked")
    private StatefulRedisConnection<String, String> rawConnection() {
        return context.getBean(StatefulRedisConnection.class);
    }
}
