package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.GetOrderTimelineQuery;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.EventLogReaderPort.Scope;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.order.OrderId;
import java.util.List;
import java.util.Optional;

final class GetOrderTimelineService implements GetOrderTimelineQuery {

    /** An order gathers a few dozen events in a long life; this bounds a pathological one. */
    private static final int MAX_EVENTS = 1_000;

    private final EventLogReaderPort reader;
    private final OrderAccess access;

    GetOrderTimelineService(EventLogReaderPort reader, OrderAccess access) {
        this.reader = reader;
        this.access = access;
    }

    @Override
    public List<LoggedEvent> timeline(Actor actor, OrderId orderId) {
        actor.requireUser();
        access.load(actor, orderId);
        Scope scope = EventVisibility.scopeOf(actor, orderId);
        return reader.ofOrder(orderId.value(), MAX_EVENTS).stream()
                .map(event -> EventVisibility.view(scope, event))
                .flatMap(Optional::stream)
                .toList();
    }
}
