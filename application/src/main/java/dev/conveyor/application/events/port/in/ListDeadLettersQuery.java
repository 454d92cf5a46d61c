package dev.conveyor.application.events.port.in;

import dev.conveyor.application.events.port.out.ConsumerStorePort.DeadLetter;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;

public interface ListDeadLettersQuery {

    /** Administrators: the events a consumer gave up on, newest first. */
    Page<DeadLetter> list(Actor actor, String consumer, PageRequest page);
}
