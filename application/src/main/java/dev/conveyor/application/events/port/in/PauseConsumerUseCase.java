package dev.conveyor.application.events.port.in;

import dev.conveyor.application.shared.Actor;

public interface PauseConsumerUseCase {

    /**
     * Administrators: a paused consumer handles nothing (its position stays) until it is resumed. A batch
     * already running finishes first.
     */
    ConsumerStatus setPaused(Actor actor, String consumer, boolean paused);
}
