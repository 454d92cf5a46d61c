package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.PurgeEventsUseCase;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import java.time.Clock;
import java.time.Duration;

final class PurgeEventsService implements PurgeEventsUseCase {

    private final EventLogReaderPort reader;
    private final Duration retention;
    private final Clock clock;

    PurgeEventsService(EventLogReaderPort reader, Duration retention, Clock clock) {
        this.reader = reader;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public int purge() {
        return reader.deleteOccurredBefore(clock.instant().minus(retention));
    }
}
