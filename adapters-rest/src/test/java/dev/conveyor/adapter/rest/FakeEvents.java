package dev.conveyor.adapter.rest;

import dev.conveyor.application.events.port.in.FollowEventsUseCase.FeedMessage;
import dev.conveyor.application.events.port.in.FollowEventsUseCase;
import dev.conveyor.application.events.port.in.GetEventStatsQuery.EventStats;
import dev.conveyor.application.events.port.in.GetEventStatsQuery;
import dev.conveyor.application.events.port.in.GetOrderTimelineQuery;
import dev.conveyor.application.events.port.in.ListEventsQuery;
import dev.conveyor.application.events.port.in.ReplayEventsUseCase;
import dev.conveyor.application.events.port.in.TimelineEntry;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.shared.Page;
import dev.conveyor.domain.user.Role;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Stand-ins for the event use cases behind the REST adapter: one order event, answered to whoever asks. */
@Factory
public class FakeEvents {

    static final UUID ORDER = UUID.fromString("00000000-0000-7000-8000-000000000042");
    static final LoggedEvent EVENT = new LoggedEvent(7, UUID.fromString("00000000-0000-7000-8000-000000000007"),
            "order:confirmed", "order", ORDER, ORDER, UUID.randomUUID(), Set.of(), "corr-1", null, null,
            Instant.parse("2026-01-02T03:04:05Z"), Map.of("status", "CONFIRMED"));

    @Singleton
    ListEventsQuery listEvents() {
        return (actor, search, page) -> Page.of(List.of(EVENT), page, 1);
    }

    @Singleton
    GetEventStatsQuery eventStats() {
        return (actor, from, to) -> new EventStats(Instant.EPOCH, Instant.EPOCH.plusSeconds(3600), 1,
                Map.of(EVENT.type(), 1L), Map.of(Instant.EPOCH, 1L));
    }

    @Singleton
    GetOrderTimelineQuery orderTimeline() {
        return (actor, orderId) -> List.of(new TimelineEntry(EVENT, new TimelineEntry.Author("Ada", Role.STAFF, false)));
    }

    @Singleton
    ReplayEventsUseCase replayEvents() {
        return (actor, range) -> (int) (range.to() - range.from() + 1);
    }

    @Singleton
    FollowEventsUseCase followEvents() {
        return (actor, request, sink) -> {
            sink.accept(FeedMessage.event(EVENT));
            sink.accept(FeedMessage.subscribed(EVENT.position()));
            return () -> { };
        };
    }
}
