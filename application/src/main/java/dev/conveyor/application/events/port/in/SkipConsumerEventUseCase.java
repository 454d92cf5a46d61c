package dev.conveyor.application.events.port.in;

import dev.conveyor.application.shared.Actor;

public interface SkipConsumerEventUseCase {

    /**
     * Administrators: the consumer moves past the next event without handling it (one that keeps failing
     * and should not wait for its last attempt), forgetting its failures.
     */
    ConsumerStatus skip(Actor actor, String consumer);
}
