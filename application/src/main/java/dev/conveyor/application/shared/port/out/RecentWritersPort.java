package dev.conveyor.application.shared.port.out;

import java.time.Duration;

/**
 * Callers who changed something a moment ago, known to every instance that shares the store: their reads
 * then go to the primary database instead of a read replica that may not have replayed the change yet
 * (read-your-writes).
 */
public interface RecentWritersPort {

    /** Remembers that {@code caller} wrote, for {@code window}. */
    void wrote(String caller, Duration window);

    /** Whether {@code caller} wrote within the window given then. */
    boolean wroteRecently(String caller);
}
