package dev.conveyor.adapter.cache.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.cache.redis.CircuitBreaker.State;
import dev.conveyor.adapter.cache.redis.CircuitBreaker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(2), now::get);

    @Test
    void opensAfterTheThresholdOfFailuresInARowOnly() {
        breaker.failed();
        breaker.failed();
        breaker.succeeded();
        breaker.failed();
        breaker.failed();
        assertEquals(State.CLOSED, breaker.state());
        assertTrue(breaker.tryCall());

        breaker.failed();

        assertEquals(State.OPEN, breaker.state());
        assertFalse(breaker.tryCall());
    }

    @Test
    void afterTheOpenTimeOneProbeIsLetThroughAndItsSuccessCloses() {
        open();
        now.addAndGet(Duration.ofSeconds(2).toNanos() - 1);
        assertFalse(breaker.tryCall());
        now.addAndGet(1);

        assertTrue(breaker.tryCall());
        assertEquals(State.HALF_OPEN, breaker.state());
        assertFalse(breaker.tryCall(), "a second caller while the probe runs");
        breaker.succeeded();

        assertEquals(State.CLOSED, breaker.state());
        assertTrue(breaker.tryCall());
    }

    @Test
    void aFailedProbeOpensTheCircuitForAnotherOpenTime() {
        open();
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertTrue(breaker.tryCall());

        breaker.failed();

        assertEquals(State.OPEN, breaker.state());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertFalse(breaker.tryCall());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(breaker.tryCall());
    }

    private void open() {
        for (int i = 0; i < 3; i++) {
            breaker.failed();
        }
        assertEquals(State.OPEN, breaker.state());
    }
}
