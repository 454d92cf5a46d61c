package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.GetOrderTimelineQuery;
import dev.conveyor.application.events.port.in.TimelineEntry;
import dev.conveyor.application.events.port.out.EventLogReaderPort.Scope;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.order.OrderId;
import java.util.List;
import java.util.Optional;

final class GetOrderTimelineService implements GetOrderTimelineQuery {

    /** An order gathers a few dozen events in a long life; this bounds a pathological one. */
    private static final int MAX_EVENTS = 1_000;

    private final EventLogReaderPort reader;
    private final OrderAccess access;
    private final UserRepositoryPort users;

    GetOrderTimelineService(EventLogReaderPort reader, OrderAccess access, UserRepositoryPort users) {
        this.reader = reader;
        this.access = access;
        this.users = users;
    }

    @Override
    public List<TimelineEntry> timeline(Actor actor, OrderId orderId) {
        actor.requireUser();
        access.load(actor, orderId);
        Scope scope = EventVisibility.scopeOf(actor, orderId);
        TimelineAuthors authors = new TimelineAuthors(users, actor);
        return reader.ofOrder(orderId.value(), MAX_EVENTS).stream()
                .map(event -> EventVisibility.view(scope, event))
                .flatMap(Optional::stream)
                .map(event -> new TimelineEntry(event, authors.of(event.actorId())))
                .toList();
    }
}
