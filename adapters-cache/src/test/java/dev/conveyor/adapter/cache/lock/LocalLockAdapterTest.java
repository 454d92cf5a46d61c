package dev.conveyor.adapter.cache.lock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.cache.lock.LocalLockAdapter;
import dev.conveyor.application.shared.port.out.LockPort.HeldLock;
import dev.conveyor.application.shared.port.out.LockPort;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalLockAdapterTest extends LockPortContract {

    private final LocalLockAdapter locks = new LocalLockAdapter();

    @Override
    LockPort locks() {
        return locks;
    }

    @Test
    void theLeaseEndsExactlyWhenItsTimeIsUp() {
        AtomicLong now = new AtomicLong();
        LocalLockAdapter clocked = new LocalLockAdapter(now::get);
        HeldLock first = clocked.tryAcquire("a", Duration.ofSeconds(10)).orElseThrow();

        now.set(Duration.ofSeconds(10).toNanos() - 1);
        assertTrue(clocked.tryAcquire("a", Duration.ofSeconds(10)).isEmpty());
        now.set(Duration.ofSeconds(10).toNanos());
        assertTrue(clocked.tryAcquire("a", Duration.ofSeconds(10)).isPresent());
        first.close();
        assertTrue(clocked.tryAcquire("a", Duration.ofSeconds(10)).isEmpty());
    }
}
