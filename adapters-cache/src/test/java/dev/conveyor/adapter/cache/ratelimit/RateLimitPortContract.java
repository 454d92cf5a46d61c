package dev.conveyor.adapter.cache.ratelimit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.shared.port.out.RateLimitPort;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimitPort} adapter guarantees; each adapter's test runs it. */
abstract class RateLimitPortContract {

    abstract RateLimitPort limits();

    @Test
    void allowsTheLimitPerWindowThenTellsHowLongToWait() {
        Duration window = Duration.ofSeconds(5);
        for (int i = 0; i < 3; i++) {
            assertTrue(limits().tryAcquire("login:ada", 3, window).isEmpty(), "attempt " + (i + 1));
        }

        Duration retryAfter = limits().tryAcquire("login:ada", 3, window).orElseThrow();

        assertTrue(retryAfter.compareTo(Duration.ZERO) > 0 && retryAfter.compareTo(window) <= 0,
                "retry after " + retryAfter);
        assertTrue(limits().tryAcquire("login:ada", 3, window).isPresent());
    }

    @Test
    void keysAreCountedApart() {
        Duration window = Duration.ofSeconds(5);
        assertTrue(limits().tryAcquire("login:ada", 1, window).isEmpty());
        assertTrue(limits().tryAcquire("login:ada", 1, window).isPresent());

        assertTrue(limits().tryAcquire("login:bob", 1, window).isEmpty());
    }

    @Test
    void aNewWindowStartsAfterTheOldOneEnded() throws InterruptedException {
        Duration window = Duration.ofMillis(300);
        assertTrue(limits().tryAcquire("login:ada", 1, window).isEmpty());
        assertTrue(limits().tryAcquire("login:ada", 1, window).isPresent());

        Thread.sleep(500);

        assertTrue(limits().tryAcquire("login:ada", 1, window).isEmpty());
        assertTrue(limits().tryAcquire("login:ada", 1, window).isPresent());
    }
}
