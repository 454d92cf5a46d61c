package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.events.port.out.EventRelayPort;
import dev.conveyor.application.events.port.out.EventSignalPort;
import dev.conveyor.application.events.port.out.LiveEventsPort;

/** The out-ports of the event log's readers and of live updates, next to the shared ones. */
public record EventPorts(EventLogReaderPort reader, EventRelayPort relay, EventSignalPort signals,
                         LiveEventsPort live) {
}
