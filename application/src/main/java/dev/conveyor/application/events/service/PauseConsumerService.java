package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.ConsumerStatus;
import dev.conveyor.application.events.port.in.PauseConsumerUseCase;
import dev.conveyor.application.shared.Actor;

final class PauseConsumerService implements PauseConsumerUseCase {

    private final ConsumerChanges changes;

    PauseConsumerService(ConsumerChanges changes) {
        this.changes = changes;
    }

    @Override
    public ConsumerStatus setPaused(Actor actor, String consumer, boolean paused) {
        return changes.change(actor, consumer, state -> state.withPaused(paused));
    }
}
