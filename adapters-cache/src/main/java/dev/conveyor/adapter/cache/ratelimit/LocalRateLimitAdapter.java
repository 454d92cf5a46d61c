package dev.conveyor.adapter.cache.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.conveyor.application.shared.port.out.RateLimitPort;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Token buckets of this process (Bucket4j), one per key. A bucket left alone
 * for a whole window is full again, the same as a new one, so it is dropped
 * then; and at most {@value #MAX_KEYS} are held, the least recently used going
 * first, so a flood of new keys costs bounded memory.
 */
@Singleton
@Requires(property = "conveyor.cache", pattern = "local|none", defaultValue = "local")
public final class LocalRateLimitAdapter implements RateLimitPort {

    static final long MAX_KEYS = 100_000;

    private final Cache<String, WindowedBucket> buckets;
    private final TimeMeter clock;

    @Inject
    public LocalRateLimitAdapter() {
        this(System::nanoTime);
    }

    public LocalRateLimitAdapter(LongSupplier nanoTime) {
        this.clock = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoTime.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .ticker(nanoTime::getAsLong)
                .expireAfter(new IdleForAWindow())
                .build();
    }

    /** The first call under a key fixes its limit and window; keys name what they limit, so these never change. */
    @Override
    public Optional<Duration> tryAcquire(String key, int limit, Duration window) {
        WindowedBucket bucket = buckets.get(key, k -> new WindowedBucket(Bucket.builder()
                .addLimit(TokenBuckets.configuration(limit, window).getBandwidths()[0])
                .withCustomTimePrecision(clock)
                .build(), window));
        return TokenBuckets.retryAfter(bucket.bucket().tryConsumeAndReturnRemaining(1));
    }

    /** How many keys are held; for tests of the eviction. */
    long trackedKeys() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private record WindowedBucket(Bucket bucket, Duration window) {
    }

    private static final class IdleForAWindow implements Expiry<String, WindowedBucket> {

        @Override
        public long expireAfterCreate(String key, WindowedBucket value, long now) {
            return value.window().toNanos();
        }

        @Override
        public long expireAfterUpdate(String key, WindowedBucket value, long now, long current) {
            return value.window().toNanos();
        }

        @Override
        public long expireAfterRead(String key, WindowedBucket value, long now, long current) {
            return value.window().toNanos();
        }
    }
}
