package dev.conveyor.adapter.cache.lock;

import dev.conveyor.application.shared.port.out.LockPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Locks of this process: each name maps to its holder's token and lease
 * expiry. An expired lease counts as free, as a Redis key with a TTL would.
 */
@Singleton
@Requires(property = "conveyor.cache", pattern = "local|none", defaultValue = "local")
public final class LocalLockAdapter implements LockPort {

    private final ConcurrentMap<String, Lease> leases = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    @Inject
    public LocalLockAdapter() {
        this(System::nanoTime);
    }

    public LocalLockAdapter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public Optional<HeldLock> tryAcquire(String name, Duration leaseTime) {
        long now = nanoTime.getAsLong();
        Lease mine = new Lease(UUID.randomUUID(), now + leaseTime.toNanos());
        Lease holder = leases.compute(name, (key, current) -> current == null || current.expiredAt(now) ? mine : current);
        if (!holder.equals(mine)) {
            return Optional.empty();
        }
        // removes nothing once another holder took over the expired lease
        return Optional.of(() -> leases.remove(name, mine));
    }

    private record Lease(UUID token, long expiresAtNanos) {
        boolean expiredAt(long nowNanos) {
            return nowNanos - expiresAtNanos >= 0;
        }
    }
}
