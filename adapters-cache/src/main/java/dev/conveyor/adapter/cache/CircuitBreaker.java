package dev.conveyor.adapter.cache;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops calling a Redis that keeps failing: after {@code failureThreshold}
 * failures in a row the circuit opens and calls fail at once, without waiting
 * for a timeout; once {@code openTime} has passed, one call is let through as a
 * probe (half-open): its success closes the circuit, its failure opens it
 * again for another {@code openTime}.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openNanos;
    private final LongSupplier nanoTime;
    /** Guarded by {@code this}. */
    private State state = State.CLOSED;
    /** Guarded by {@code this}. */
    private int consecutiveFailures;
    /** Guarded by {@code this}. */
    private long openedAtNanos;

    CircuitBreaker(int failureThreshold, Duration openTime, LongSupplier nanoTime) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failure threshold must be at least 1: " + failureThreshold);
        }
        this.failureThreshold = failureThreshold;
        this.openNanos = openTime.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Whether the caller may call Redis now; in the half-open state only the one probe may. */
    synchronized boolean tryCall() {
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

    synchronized void succeeded() {
        state = State.CLOSED;
        consecutiveFailures = 0;
    }

    synchronized void failed() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAtNanos = nanoTime.getAsLong();
        }
    }

    synchronized State state() {
        return state;
    }
}
