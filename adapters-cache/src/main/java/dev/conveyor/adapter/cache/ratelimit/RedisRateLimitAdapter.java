package dev.conveyor.adapter.cache.ratelimit;

import dev.conveyor.adapter.cache.redis.RedisCommandRunner;
import dev.conveyor.adapter.cache.redis.RedisUnavailableException;
import dev.conveyor.application.shared.port.out.RateLimitPort;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token buckets shared by every instance: Bucket4j's compare-and-swap buckets
 * in Redis, one key per bucket that expires once the bucket would be full
 * again. While Redis is unreachable each instance counts in its own buckets
 * instead ({@link LocalRateLimitAdapter}): limits then hold per instance, never
 * not at all, and a Redis outage locks nobody out either.
 */
@Singleton
@Requires(property = "conveyor.cache", value = "redis")
public final class RedisRateLimitAdapter implements RateLimitPort {

    private static final Logger LOG = LoggerFactory.getLogger(RedisRateLimitAdapter.class);
    /** How long a full bucket's key stays: a little slack for clocks that differ between instances. */
    private static final Duration KEEP_WHEN_FULL = Duration.ofSeconds(5);

    private final RedisCommandRunner redis;
    private final RateLimitPort fallback;
    private final TimeMeter clock;

    @Inject
    public RedisRateLimitAdapter(RedisCommandRunner redis) {
        this(redis, new LocalRateLimitAdapter(), TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** @param clock the wall clock refills are computed with; every instance's must agree */
    RedisRateLimitAdapter(RedisCommandRunner redis, RateLimitPort fallback, TimeMeter clock) {
        this.redis = redis;
        this.fallback = fallback;
        this.clock = clock;
    }

    @Override
    public Optional<Duration> tryAcquire(String key, int limit, Duration window) {
        String redisKey = redis.key("bucket:" + key);
        BucketConfiguration configuration = TokenBuckets.configuration(limit, window);
        try {
            ConsumptionProbe probe = redis.call(commands -> new Bucket4jLettuce.LettuceBasedProxyManagerBuilder<>(
                            new RedisBucketApi(commands))
                    .clientClock(clock)
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                            KEEP_WHEN_FULL))
                    .build().asAsync().builder()
                    .build(redisKey, () -> CompletableFuture.completedFuture(configuration))
                    .tryConsumeAndReturnRemaining(1));
            return TokenBuckets.retryAfter(probe);
        } catch (RedisUnavailableException e) {
            LOG.debug("attempt under {} counted by this instance alone: Redis is unreachable", key);
            return fallback.tryAcquire(key, limit, window);
        }
    }
}
