package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.ConsumerStatus;
import dev.conveyor.application.events.port.in.ReplayConsumerUseCase;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.shared.Check;

final class ReplayConsumerService implements ReplayConsumerUseCase {

    private final ConsumerChanges changes;
    private final EventLogReaderPort reader;

    ReplayConsumerService(ConsumerChanges changes, EventLogReaderPort reader) {
        this.changes = changes;
        this.reader = reader;
    }

    @Override
    public ConsumerStatus replay(Actor actor, String consumer, ReplayFrom from) {
        return changes.change(actor, consumer, state -> {
            Check.range("from", from.from(), 1, reader.latestPosition() + 1);
            return state.advancedTo(from.from() - 1);
        });
    }
}
