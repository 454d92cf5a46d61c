package dev.conveyor.application.service;

import dev.conveyor.application.port.out.EventLogReaderPort;
import dev.conveyor.application.port.out.EventRelayPort;
import dev.conveyor.application.port.out.EventSignalPort;
import dev.conveyor.application.port.out.LiveEventsPort;

/** The out-ports of the event log's readers and of live updates, next to {@link CorePorts}. */
public record EventPorts(EventLogReaderPort reader, EventRelayPort relay, EventSignalPort signals,
                         LiveEventsPort live) {
}
