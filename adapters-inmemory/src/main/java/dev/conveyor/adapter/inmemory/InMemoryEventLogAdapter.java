package dev.conveyor.adapter.inmemory;

import dev.conveyor.application.port.out.EventLogPort;
import dev.conveyor.domain.event.DomainEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * The event log in memory. Transactions are serialized, so positions assigned
 * at append time are in commit order; a rolled-back append is removed again,
 * so positions stay gap-free.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryEventLogAdapter implements EventLogPort {

    private final MemoryStore store;
    private final List<LoggedEvent> log = new ArrayList<>();

    public InMemoryEventLogAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void append(List<DomainEvent> events, EventMetadata metadata) {
        store.atomically(() -> {
            for (DomainEvent event : events) {
                store.append(log, new LoggedEvent(log.size() + 1, event, metadata));
            }
            return null;
        });
    }

    /** Every committed event so far in position order (seen from inside a transaction, its own appends too). */
    public List<LoggedEvent> events() {
        return store.atomically(() -> List.copyOf(log));
    }

    /** @param position 1 for the first event ever appended, increasing by one */
    public record LoggedEvent(long position, DomainEvent event, EventMetadata metadata) {
    }
}
