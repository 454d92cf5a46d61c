package dev.conveyor.adapter.cache.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.shared.port.out.RateLimitPort;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class LocalRateLimitAdapterTest extends RateLimitPortContract {

    @Override
    RateLimitPort limits(LongSupplier nanoTime) {
        return new LocalRateLimitAdapter(nanoTime);
    }

    @Test
    void bucketsLeftAloneForTheirWindowAreDropped() {
        LocalRateLimitAdapter limits = new LocalRateLimitAdapter(now::get);
        for (int i = 0; i < 1_000; i++) {
            limits.tryAcquire("k" + i, 5, Duration.ofSeconds(1));
        }
        limits.tryAcquire("long", 5, Duration.ofMinutes(10));
        assertEquals(1_001, limits.trackedKeys());

        advance(Duration.ofSeconds(2));
        limits.tryAcquire("fresh", 5, Duration.ofSeconds(1));

        assertEquals(2, limits.trackedKeys());
        assertTrue(limits.tryAcquire("k1", 1, Duration.ofSeconds(1)).isEmpty());
    }
}
