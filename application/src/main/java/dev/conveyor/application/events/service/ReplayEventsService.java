package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.ReplayEventsUseCase;
import dev.conveyor.application.events.port.out.EventLogReaderPort.Scope;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.events.port.out.EventSignalPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.user.Role;

final class ReplayEventsService implements ReplayEventsUseCase {

    private final EventLogReaderPort reader;
    private final EventSignalPort signals;

    ReplayEventsService(EventLogReaderPort reader, EventSignalPort signals) {
        this.reader = reader;
        this.signals = signals;
    }

    @Override
    public int replay(Actor actor, ReplayRange range) {
        actor.requireRole(Role.ADMIN);
        int retained = reader.read(range.from() - 1, range.to(), Scope.ALL, ReplayRange.MAX_EVENTS).size();
        // every instance (this one included) replays to its own subscribers
        signals.announceReplay(range.from(), range.to());
        return retained;
    }
}
