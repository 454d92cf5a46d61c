package dev.conveyor.application.events.port.in;

import dev.conveyor.application.shared.Actor;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

public interface GetEventStatsQuery {

    /** Counts of the events that occurred in {@code [from, to)}; null bounds mean the last hour. */
    EventStats stats(Actor actor, Instant from, Instant to);

    /**
     * @param byType   every type that occurred, with its count
     * @param byMinute the start of every minute in which events occurred, with its count, in time order
     */
    record EventStats(Instant from, Instant to, long total, Map<String, Long> byType, Map<Instant, Long> byMinute) {
        public EventStats {
            byType = Map.copyOf(byType);
            byMinute = Collections.unmodifiableMap(new TreeMap<>(byMinute));
        }
    }
}
