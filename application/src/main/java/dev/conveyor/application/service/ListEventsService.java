package dev.conveyor.application.service;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.common.Page;
import dev.conveyor.application.common.PageRequest;
import dev.conveyor.application.port.in.ListEventsQuery;
import dev.conveyor.application.port.out.EventLogReaderPort;
import dev.conveyor.application.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.port.out.EventLogReaderPort.Search;
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
