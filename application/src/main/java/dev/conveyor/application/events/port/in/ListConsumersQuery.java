package dev.conveyor.application.events.port.in;

import dev.conveyor.application.shared.Actor;
import java.util.List;

public interface ListConsumersQuery {

    /** Administrators: every durable consumer with its lag and pending failure, by name. */
    List<ConsumerStatus> list(Actor actor);
}
