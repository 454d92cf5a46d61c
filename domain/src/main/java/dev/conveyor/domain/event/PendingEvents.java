package dev.conveyor.domain.event;

import java.util.ArrayList;
import java.util.List;

/** The events an aggregate raised since they were last taken, in the order they were raised. */
public final class PendingEvents {

    private final List<DomainEvent> events = new ArrayList<>();

    public void add(DomainEvent event) {
        events.add(event);
    }

    /** Hands the events over (to be appended to the log) and forgets them. */
    public List<DomainEvent> pull() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }
}
