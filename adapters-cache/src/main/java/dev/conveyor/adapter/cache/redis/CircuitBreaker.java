package dev.conveyor.adapter.cache.redis;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops calling a Redis that keeps failing: after {@code failureThreshold}
 * failures in a row the circuit opens and calls fail at once, without waiting
 * for a timeout; once {@code openTime} has passed, one call is let through as a
 * probe (half-open): its success closes the circuit, its failure opens it
 * again for another {@code openTime}.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openNanos;
    private final LongSupplier nanoTime;
    /** Written under {@code this}; read without it on the fast paths every call takes. */
    private volatile State state = State.CLOSED;
    /** Written under {@code this}. */
    private volatile int consecutiveFailures;
    /** Guarded by {@code this}. */
    private long openedAtNanos;

    public CircuitBreaker(int failureThreshold, Duration openTime, LongSupplier nanoTime) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failure threshold must be at least 1: " + failureThreshold);
        }
        this.failureThreshold = failureThreshold;
        this.openNanos = openTime.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Whether the caller may call Redis now; in the half-open state only the one probe may. */
    public boolean tryCall() {
        return state == State.CLOSED || tryCallWhileNotClosed();
    }

    private synchronized boolean tryCallWhileNotClosed() {
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (nanoTime.getAsLong() - openedAtNanos >= openNanos) {
                    state = State.HALF_OPEN;
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    public void succeeded() {
        if (state != State.CLOSED || consecutiveFailures != 0) {
            reset();
        }
    }

    private synchronized void reset() {
        state = State.CLOSED;
        consecutiveFailures = 0;
    }

    public synchronized void failed() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAtNanos = nanoTime.getAsLong();
        }
    }

    public State state() {
        return state;
    }
}
