package dev.conveyor.application.events.service;

import java.time.Duration;
import java.util.Objects;

/**
 * @param retention      how long events stay in the log; a client resuming from an older position must reload
 * @param backlogBuffer  live events one client may have waiting while its backlog is read, before it is dropped
 */
public record EventSettings(Duration retention, int backlogBuffer) {

    public EventSettings {
        Objects.requireNonNull(retention);
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the event retention must be positive, not " + retention);
        }
        if (backlogBuffer < 1) {
            throw new IllegalArgumentException("the backlog buffer must hold at least one event");
        }
    }
}
