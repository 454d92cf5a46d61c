package dev.conveyor.application.port.in;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.common.Page;
import dev.conveyor.application.common.PageRequest;
import dev.conveyor.application.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.port.out.EventLogReaderPort.Search;

public interface ListEventsQuery {

    /** The event log for the back office, in position order. */
    Page<LoggedEvent> list(Actor actor, Search search, PageRequest page);
}
