package dev.conveyor.application.events.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.shared.Check;

public interface ReplayConsumerUseCase {

    /**
     * Administrators: the consumer goes on from position {@code from} (handling it again if it was handled,
     * or skipping ahead to it), forgetting its pending failure.
     */
    ConsumerStatus replay(Actor actor, String consumer, ReplayFrom from);

    /** The first position to handle; at most one past the log's end, which the service checks. */
    record ReplayFrom(long from) {
        public ReplayFrom {
            Check.range("from", from, 1, Long.MAX_VALUE);
        }
    }
}
