package dev.conveyor.application.events.port.in;

import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.EventLogReaderPort.Search;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;

public interface ListEventsQuery {

    /** The event log for the back office, in position order. */
    Page<LoggedEvent> list(Actor actor, Search search, PageRequest page);
}
