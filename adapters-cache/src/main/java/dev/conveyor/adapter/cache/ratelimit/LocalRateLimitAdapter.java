package dev.conveyor.adapter.cache.ratelimit;

import dev.conveyor.application.shared.port.out.RateLimitPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Fixed-window counters of this process. A window starts with the first
 * attempt under a key; keys whose window ended are swept out at most once a
 * second, so memory holds only the keys used within their last window.
 */
@Singleton
@Requires(property = "conveyor.cache", pattern = "local|none", defaultValue = "local")
public final class LocalRateLimitAdapter implements RateLimitPort {

    private static final long SWEEP_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private final AtomicLong nextSweep;

    @Inject
    public LocalRateLimitAdapter() {
        this(System::nanoTime);
    }

    public LocalRateLimitAdapter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.nextSweep = new AtomicLong(nanoTime.getAsLong() + SWEEP_INTERVAL_NANOS);
    }

    @Override
    public Optional<Duration> tryAcquire(String key, int limit, Duration window) {
        long now = nanoTime.getAsLong();
        sweepEndedWindows(now);
        Window current = windows.compute(key, (k, existing) -> existing == null || existing.endedAt(now)
                ? new Window(now + window.toNanos(), 1) : existing.counted());
        if (current.attempts() <= limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(current.endsAtNanos() - now));
    }

    /** How many keys are held; for tests of the eviction. */
    int trackedKeys() {
        return windows.size();
    }

    private void sweepEndedWindows(long now) {
        long due = nextSweep.get();
        if (now - due >= 0 && nextSweep.compareAndSet(due, now + SWEEP_INTERVAL_NANOS)) {
            windows.values().removeIf(w -> w.endedAt(now));
        }
    }

    private record Window(long endsAtNanos, long attempts) {
        boolean endedAt(long nowNanos) {
            return nowNanos - endsAtNanos >= 0;
        }

        Window counted() {
            return new Window(endsAtNanos, attempts + 1);
        }
    }
}
