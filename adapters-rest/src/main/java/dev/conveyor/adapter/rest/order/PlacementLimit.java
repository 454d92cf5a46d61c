package dev.conveyor.adapter.rest.order;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * At most {@link #concurrency()} order placements run at once on this instance; the others wait their turn, first
 * come first served, up to a deadline, and are then refused with {@link PlacementBusyException} (503). Placement
 * locks its products' stock rows until it commits: beyond a few placements per core, one more in flight only
 * lengthens the queue on those locks while it holds a pool connection the reads then lack, and a small pool moves
 * that queue to the pool's short connection timeout, where a burst on one product turns into 503s
 * (docs/performance.md, "Where the tail comes from"). Queued here, the waiters hold no connection, keep their
 * order, and wait a deadline of their own, longer than the pool's.
 *
 * <p>A fair {@link Semaphore} acquired with a timeout rather than Resilience4j's Bulkhead: its semaphore bulkhead
 * is exactly that, and its metrics give the free permits but neither the queue length nor the time waited, which
 * tell an operator that the limit is too low. Nothing is done before the permit is granted, so a refused placement
 * may be sent again with the same Idempotency-Key (the key is claimed inside the placement).
 */
@Singleton
public final class PlacementLimit {

    private final int concurrency;
    private final Duration wait;
    private final Semaphore permits;
    private final LongAdder admitted = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder waitedNanos = new LongAdder();

    /**
     * @param concurrency placements at once; 0 (the default) for half the database pool, which leaves the other
     *                    half to reads and the other writes
     * @param poolSize    the database pool's size (Hikari's own default when unset)
     * @param wait        how long a placement may wait for its turn
     */
    PlacementLimit(@Value("${conveyor.orders.placement-concurrency:0}") int concurrency,
                   @Value("${datasources.default.maximum-pool-size:10}") int poolSize,
                   @Value("${conveyor.orders.placement-wait:10s}") Duration wait) {
        if (concurrency < 0 || wait.isNegative()) {
            throw new IllegalArgumentException("conveyor.orders.placement-concurrency and placement-wait must not be "
                    + "negative: " + concurrency + ", " + wait);
        }
        this.concurrency = concurrency > 0 ? concurrency : Math.max(1, poolSize / 2);
        this.wait = wait;
        // fair: a timed tryAcquire then queues in arrival order instead of letting a newcomer take a freed permit
        this.permits = new Semaphore(this.concurrency, true);
    }

    /** Runs the placement once a permit is free, or refuses it when none was within the wait. */
    public <T> T place(Supplier<T> placement) {
        long start = System.nanoTime();
        boolean granted;
        try {
            granted = permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            granted = false;
        }
        waitedNanos.add(System.nanoTime() - start);
        if (!granted) {
            refused.increment();
            throw new PlacementBusyException(concurrency, wait);
        }
        admitted.increment();
        try {
            return placement.get();
        } finally {
            permits.release();
        }
    }

    public int concurrency() {
        return concurrency;
    }

    /** Placements waiting for their turn now (an estimate, as {@link Semaphore#getQueueLength()}). */
    public int waiting() {
        return permits.getQueueLength();
    }

    /** Placements running now. */
    public int running() {
        return concurrency - permits.availablePermits();
    }

    /** Placements that waited for a permit, granted or refused, since the start. */
    public long waits() {
        return admitted.sum() + refused.sum();
    }

    /** Placements refused after the whole wait, since the start. */
    public long refused() {
        return refused.sum();
    }

    /** The time every placement spent waiting for its permit, in all, since the start. */
    public Duration waited() {
        return Duration.ofNanos(waitedNanos.sum());
    }
}
