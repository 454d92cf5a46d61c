package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.ListEventsQuery;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.EventLogReaderPort.Search;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.user.Role;

final class ListEventsService implements ListEventsQuery {

    private final EventLogReaderPort reader;

    ListEventsService(EventLogReaderPort reader) {
        this.reader = reader;
    }

    @Override
    public Page<LoggedEvent> list(Actor actor, Search search, PageRequest page) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        return reader.search(search, page);
    }
}
