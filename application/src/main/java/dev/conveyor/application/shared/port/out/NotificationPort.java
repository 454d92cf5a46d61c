package dev.conveyor.application.shared.port.out;

import dev.conveyor.domain.event.DomainEvent;
import java.util.List;

/** Tells live subscribers that events were committed. Called after the commit, never inside a transaction. */
public interface NotificationPort {

    void eventsCommitted(List<DomainEvent> events);
}
