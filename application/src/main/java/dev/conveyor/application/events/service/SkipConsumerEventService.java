package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.ConsumerStatus;
import dev.conveyor.application.events.port.in.SkipConsumerEventUseCase;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.shared.ConflictException;

final class SkipConsumerEventService implements SkipConsumerEventUseCase {

    private final ConsumerChanges changes;
    private final EventLogReaderPort reader;

    SkipConsumerEventService(ConsumerChanges changes, EventLogReaderPort reader) {
        this.changes = changes;
        this.reader = reader;
    }

    @Override
    public ConsumerStatus skip(Actor actor, String consumer) {
        return changes.change(actor, consumer, state -> {
            if (state.position() >= reader.latestPosition()) {
                throw new ConflictException("NOTHING_TO_SKIP", "the consumer " + consumer + " has handled every event");
            }
            return state.advancedTo(state.position() + 1);
        });
    }
}
