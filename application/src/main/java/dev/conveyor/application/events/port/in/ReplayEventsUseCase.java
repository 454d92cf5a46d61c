package dev.conveyor.application.events.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.shared.Check;

public interface ReplayEventsUseCase {

    /**
     * An administrator hands the retained events of a position range again to the live subscribers of
     * every instance, marked as replayed, e.g. after a client-side bug lost some.
     *
     * @return how many events of the range the log still holds (each instance replays those)
     */
    int replay(Actor actor, ReplayRange range);

    /** Positions {@code from..to}, both inclusive, at most {@link #MAX_EVENTS} of them. */
    record ReplayRange(long from, long to) {
        public static final int MAX_EVENTS = 10_000;

        public ReplayRange {
            Check.range("from", from, 1, Long.MAX_VALUE);
            Check.range("to", to, from, from + MAX_EVENTS - 1);
        }
    }
}
