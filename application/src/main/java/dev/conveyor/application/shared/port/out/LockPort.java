package dev.conveyor.application.shared.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Mutual exclusion across threads (and instances, with a shared store). Locks
 * only reduce contention and duplicate work; correctness never depends on them,
 * because a lock can expire while its holder still works.
 */
public interface LockPort {

    /** @return the held lock, or empty when someone else holds it */
    Optional<HeldLock> tryAcquire(String name, Duration leaseTime);

    interface HeldLock extends AutoCloseable {
        /** Releases the lock if this holder still owns it; never throws. */
        @Override
        void close();
    }
}
