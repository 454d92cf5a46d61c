package dev.conveyor.adapter.cache.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;

/**
 * The one token bucket both adapters keep per key: {@code limit} tokens, the
 * whole of them refilled evenly over {@code window} (one every window/limit),
 * so a burst of up to {@code limit} passes, and then one attempt per refill.
 */
final class TokenBuckets {

    private TokenBuckets() {
    }

    static BucketConfiguration configuration(int limit, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, window).build())
                .build();
    }

    /** Empty when the attempt took a token; otherwise how long until the next token. */
    static Optional<Duration> retryAfter(ConsumptionProbe probe) {
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
