package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.GetEventStatsQuery;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.user.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

final class GetEventStatsService implements GetEventStatsQuery {

    private static final Duration DEFAULT_SPAN = Duration.ofHours(1);
    /** Per-minute counts of a longer span would be a long answer; longer spans are for the event list. */
    private static final Duration MAX_SPAN = Duration.ofDays(7);

    private final EventLogReaderPort reader;
    private final Clock clock;

    GetEventStatsService(EventLogReaderPort reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    public EventStats stats(Actor actor, Instant from, Instant to) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        // by default up to the end of the current minute, so that the minutes are whole and now is included
        Instant end = to != null ? to : clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        Instant start = from != null ? from : end.minus(DEFAULT_SPAN);
        if (!start.isBefore(end)) {
            throw new InvalidInputException("from", "from must be before to");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw new InvalidInputException("from", "the span from..to must be at most " + MAX_SPAN.toDays() + " days");
        }
        Map<String, Long> byType = reader.countByType(start, end);
        long total = byType.values().stream().mapToLong(Long::longValue).sum();
        return new EventStats(start, end, total, byType, reader.countByMinute(start, end));
    }
}
