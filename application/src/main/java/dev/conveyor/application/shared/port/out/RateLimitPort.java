package dev.conveyor.application.shared.port.out;

import java.time.Duration;
import java.util.Optional;

/** Token buckets by key: how often something may happen, bursts included. */
public interface RateLimitPort {

    /**
     * Takes one token from the bucket under {@code key}, which holds {@code limit}
     * tokens when full and gets them back evenly over {@code window} (one every
     * {@code window / limit}): a burst of {@code limit} attempts passes, then one
     * per refill. The first call under a key fixes its limit and window.
     *
     * @return empty when the attempt got a token; otherwise how long until the next one
     */
    Optional<Duration> tryAcquire(String key, int limit, Duration window);
}
