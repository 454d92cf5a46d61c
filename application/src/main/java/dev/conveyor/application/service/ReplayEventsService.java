package dev.conveyor.application.service;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.port.in.ReplayEventsUseCase;
import dev.conveyor.application.port.out.EventLogReaderPort;
import dev.conveyor.application.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.port.out.EventLogReaderPort.Scope;
import dev.conveyor.application.port.out.LiveEventsPort;
import dev.conveyor.domain.user.Role;
import java.util.List;

final class ReplayEventsService implements ReplayEventsUseCase {

    private final EventLogReaderPort reader;
    private final LiveEventsPort live;

    ReplayEventsService(EventLogReaderPort reader, LiveEventsPort live) {
        this.reader = reader;
        this.live = live;
    }

    @Override
    public int replay(Actor actor, ReplayRange range) {
        actor.requireRole(Role.ADMIN);
        List<LoggedEvent> events = reader.read(range.from() - 1, range.to(), Scope.ALL, ReplayRange.MAX_EVENTS);
        live.replay(events);
        return events.size();
    }
}
