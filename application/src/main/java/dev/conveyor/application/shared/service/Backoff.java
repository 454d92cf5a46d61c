package dev.conveyor.application.shared.service;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter (event consumers, webhook deliveries): the n-th retry waits between half and all of
 * {@code min(max, first * 2^(n-1))}, so that retries failing on the same outage do not all retry at once.
 */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private final DoubleSupplier random;

    public Backoff(Duration first, Duration max, DoubleSupplier random) {
        this.first = first;
        this.max = max;
        this.random = random;
    }

    /** @param failures failed attempts so far, at least 1 */
    public Duration delayAfter(int failures) {
        long ceiling = max.toMillis();
        long delay = first.toMillis();
        for (int doubled = 1; doubled < failures && delay < ceiling; doubled++) {
            delay *= 2;
        }
        long capped = Math.min(delay, ceiling);
        return Duration.ofMillis(capped / 2 + (long) (random.getAsDouble() * (capped - capped / 2)));
    }
}
