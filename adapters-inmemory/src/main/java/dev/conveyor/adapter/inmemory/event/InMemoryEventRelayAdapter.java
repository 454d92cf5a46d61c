package dev.conveyor.adapter.inmemory.event;

import dev.conveyor.application.events.port.out.EventRelayPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Transactions are serialized in memory, so events get their positions when appended: nothing is left to number. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryEventRelayAdapter implements EventRelayPort {

    private final InMemoryEventLogAdapter log;

    public InMemoryEventRelayAdapter(InMemoryEventLogAdapter log) {
        this.log = log;
    }

    @Override
    public long assignPositions() {
        return log.latestPosition();
    }
}
