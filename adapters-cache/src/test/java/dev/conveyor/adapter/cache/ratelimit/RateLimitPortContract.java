package dev.conveyor.adapter.cache.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.shared.port.out.RateLimitPort;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RateLimitPort} adapter guarantees, a token bucket per key;
 * each adapter's test runs it on a clock the test moves.
 */
abstract class RateLimitPortContract {

    private static final Duration WINDOW = Duration.ofSeconds(30);

    /** Nanoseconds of a wall clock that moves only when the test says so. */
    final AtomicLong now = new AtomicLong(System.currentTimeMillis() * 1_000_000L);

    abstract RateLimitPort limits(LongSupplier nanoTime);

    private RateLimitPort limits() {
        return limits(now::get);
    }

    void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    @Test
    void allowsABurstOfTheLimitThenTellsHowLongUntilTheNextToken() {
        RateLimitPort limits = limits();
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), limits.tryAcquire("login:ada", 3, WINDOW), "attempt " + (i + 1));
        }

        Duration retryAfter = limits.tryAcquire("login:ada", 3, WINDOW).orElseThrow();

        // three tokens per 30 s: the next one comes 10 s after the burst
        assertTrue(retryAfter.compareTo(Duration.ofSeconds(9)) > 0 && retryAfter.compareTo(Duration.ofSeconds(10)) <= 0,
                "retry after " + retryAfter);
        assertTrue(limits.tryAcquire("login:ada", 3, WINDOW).isPresent());
    }

    @Test
    void keysAreCountedApart() {
        RateLimitPort limits = limits();
        assertTrue(limits.tryAcquire("login:ada", 1, WINDOW).isEmpty());
        assertTrue(limits.tryAcquire("login:ada", 1, WINDOW).isPresent());

        assertTrue(limits.tryAcquire("login:bob", 1, WINDOW).isEmpty());
    }

    @Test
    void aTokenComesBackEveryWindowDividedByTheLimit() {
        RateLimitPort limits = limits();
        assertTrue(limits.tryAcquire("login:ada", 2, WINDOW).isEmpty());
        assertTrue(limits.tryAcquire("login:ada", 2, WINDOW).isEmpty());
        assertTrue(limits.tryAcquire("login:ada", 2, WINDOW).isPresent());

        advance(Duration.ofSeconds(15));

        assertTrue(limits.tryAcquire("login:ada", 2, WINDOW).isEmpty(), "one token after 15 s");
        assertTrue(limits.tryAcquire("login:ada", 2, WINDOW).isPresent(), "only one");
    }

    @Test
    void aWholeWindowOfRestRefillsTheBucket() {
        RateLimitPort limits = limits();
        for (int i = 0; i < 4; i++) {
            limits.tryAcquire("login:ada", 3, WINDOW);
        }

        advance(WINDOW);

        for (int i = 0; i < 3; i++) {
            assertTrue(limits.tryAcquire("login:ada", 3, WINDOW).isEmpty(), "attempt " + (i + 1));
        }
        assertTrue(limits.tryAcquire("login:ada", 3, WINDOW).isPresent());
    }
}
