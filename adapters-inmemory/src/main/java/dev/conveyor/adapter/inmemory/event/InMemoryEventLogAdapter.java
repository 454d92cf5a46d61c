package dev.conveyor.adapter.inmemory.event;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.shared.port.out.EventLogPort;
import dev.conveyor.domain.event.DomainEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

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
    /** Guarded by the store: how many events at the head of the log were purged. */
    private long purged;

    public InMemoryEventLogAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void append(List<DomainEvent> events, EventMetadata metadata) {
        store.atomically(() -> {
            for (DomainEvent event : events) {
                store.append(log, new LoggedEvent(purged + log.size() + 1, event, metadata));
            }
            return null;
        });
    }

    /** Drops the oldest events while {@code drop} says so; the positions of the others stay. */
    int purgeWhile(Predicate<LoggedEvent> drop) {
        return store.atomically(() -> {
            int dropped = 0;
            while (!log.isEmpty() && drop.test(log.get(0))) {
                log.remove(0);
                dropped++;
            }
            purged += dropped;
            return dropped;
        });
    }

    /** The highest position handed out, 0 before the first. */
    long latestPosition() {
        return store.atomically(() -> purged + log.size());
    }

    /** Every committed event still retained, in position order (seen from inside a transaction, its own appends too). */
    public List<LoggedEvent> events() {
        return store.atomically(() -> List.copyOf(log));
    }

    /** @param position 1 for the first event ever appended, increasing by one */
    public record LoggedEvent(long position, DomainEvent event, EventMetadata metadata) {
    }
}
