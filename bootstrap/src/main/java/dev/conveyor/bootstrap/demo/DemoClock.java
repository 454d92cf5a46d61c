package dev.conveyor.bootstrap.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The demo shop's history is told day by day: each step of an order happens at the instant set here, so the
 * shop has orders placed over the last days, confirmed when their window closed, shipped hours later.
 */
final class DemoClock extends Clock {

    private volatile Instant now;

    DemoClock(Instant start) {
        this.now = start;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same instants seen from another zone: it follows every {@link #set} of this clock. */
    @Override
    public Clock withZone(ZoneId zone) {
        DemoClock history = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return history.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return history.withZone(other);
            }
        };
    }
}
