package dev.conveyor.adapter.cache.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.shared.port.out.LockPort.HeldLock;
import dev.conveyor.application.shared.port.out.LockPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What every {@link LockPort} adapter guarantees; each adapter's test runs it. */
abstract class LockPortContract {

    private static final Duration LONG_LEASE = Duration.ofSeconds(30);

    abstract LockPort locks();

    @Test
    void aLockHasOneHolderUntilReleased() {
        HeldLock first = locks().tryAcquire("a", LONG_LEASE).orElseThrow();

        assertTrue(locks().tryAcquire("a", LONG_LEASE).isEmpty());
        HeldLock other = locks().tryAcquire("b", LONG_LEASE).orElseThrow();
        first.close();
        assertTrue(locks().tryAcquire("a", LONG_LEASE).isPresent());
        other.close();
    }

    @Test
    void anExpiredLeaseFreesTheLock() throws InterruptedException {
        assertTrue(locks().tryAcquire("a", Duration.ofMillis(150)).isPresent());
        assertTrue(locks().tryAcquire("a", LONG_LEASE).isEmpty());

        Thread.sleep(400);

        assertTrue(locks().tryAcquire("a", LONG_LEASE).isPresent());
    }

    @Test
    void aHolderWhoseLeaseExpiredCannotReleaseItsSuccessorsLock() throws InterruptedException {
        HeldLock expired = locks().tryAcquire("a", Duration.ofMillis(150)).orElseThrow();
        Thread.sleep(400);
        HeldLock successor = locks().tryAcquire("a", LONG_LEASE).orElseThrow();

        expired.close();
        expired.close();

        assertTrue(locks().tryAcquire("a", LONG_LEASE).isEmpty());
        successor.close();
        assertTrue(locks().tryAcquire("a", LONG_LEASE).isPresent());
    }

    @Test
    void concurrentHoldersNeverOverlap() throws Exception {
        int threads = 8;
        int attemptsEach = 40;
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger acquired = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < attemptsEach; i++) {
                        Optional<HeldLock> lock = locks().tryAcquire("shared", LONG_LEASE);
                        if (lock.isPresent()) {
                            try (HeldLock held = lock.get()) {
                                acquired.incrementAndGet();
                                if (inside.incrementAndGet() > 1) {
                                    overlaps.incrementAndGet();
                                }
                                Thread.sleep(1);
                                inside.decrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(0, overlaps.get());
        assertTrue(acquired.get() > 0);
    }
}
