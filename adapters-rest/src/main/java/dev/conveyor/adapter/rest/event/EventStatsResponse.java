package dev.conveyor.adapter.rest.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.application.events.port.in.GetEventStatsQuery.EventStats;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@Serdeable

@JsonInclude(JsonInclude.Include.ALWAYS)
public record EventStatsResponse(Instant from, Instant to, long total, Map<String, Long> byType,
                                 List<MinuteCount> perMinute) {

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MinuteCount(Instant minute, long count) {
    }

    static EventStatsResponse of(EventStats stats) {
        return new EventStatsResponse(stats.from(), stats.to(), stats.total(), stats.byType(),
                stats.byMinute().entrySet().stream().map(e -> new MinuteCount(e.getKey(), e.getValue())).toList());
    }
}
