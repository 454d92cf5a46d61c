package dev.conveyor.adapter.cache.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.cache.ratelimit.LocalRateLimitAdapter;
import dev.conveyor.application.shared.port.out.RateLimitPort;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalRateLimitAdapterTest extends RateLimitPortContract {

    private static final Duration WINDOW = Duration.ofSeconds(60);

    private final LocalRateLimitAdapter limits = new LocalRateLimitAdapter();
    private final AtomicLong now = new AtomicLong(1_000);
    private final LocalRateLimitAdapter clocked = new LocalRateLimitAdapter(now::get);

    @Override
    RateLimitPort limits() {
        return limits;
    }

    @Test
    void retryAfterIsWhatRemainsOfTheWindowStartedByTheFirstAttempt() {
        clocked.tryAcquire("k", 2, WINDOW);
        advance(Duration.ofSeconds(20));
        clocked.tryAcquire("k", 2, WINDOW);
        advance(Duration.ofSeconds(15));

        assertEquals(Optional.of(Duration.ofSeconds(25)), clocked.tryAcquire("k", 2, WINDOW));
        advance(Duration.ofSeconds(25).minusNanos(1));
        assertEquals(Optional.of(Duration.ofNanos(1)), clocked.tryAcquire("k", 2, WINDOW));
        advance(Duration.ofNanos(1));
        assertEquals(Optional.empty(), clocked.tryAcquire("k", 2, WINDOW));
    }

    @Test
    void keysWhoseWindowEndedAreEvicted() {
        for (int i = 0; i < 1_000; i++) {
            clocked.tryAcquire("k" + i, 5, Duration.ofSeconds(1));
        }
        clocked.tryAcquire("long", 5, Duration.ofMinutes(10));
        assertEquals(1_001, clocked.trackedKeys());

        advance(Duration.ofSeconds(2));
        clocked.tryAcquire("fresh", 5, Duration.ofSeconds(1));

        assertEquals(2, clocked.trackedKeys());
        assertTrue(clocked.tryAcquire("k1", 1, Duration.ofSeconds(1)).isEmpty());
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
