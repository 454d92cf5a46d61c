package dev.conveyor.adapter.inmemory.event;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.adapter.inmemory.support.Queries;
import dev.conveyor.application.events.port.out.ConsumerStorePort;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Consumers' positions in memory. A transaction holds the store-wide lock from start to end, so the
 * transaction that "locks" a consumer is the only one running: locking needs nothing more.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryConsumerStoreAdapter implements ConsumerStorePort {

    private static final Comparator<DeadLetter> NEWEST_FIRST = Comparator.comparing(DeadLetter::failedAt)
            .thenComparing(DeadLetter::position).reversed();

    private final MemoryStore store;
    private final Map<String, ConsumerState> consumers = new HashMap<>();
    private final List<DeadLetter> deadLetters = new ArrayList<>();

    public InMemoryConsumerStoreAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void register(String name, long position) {
        store.atomically(() -> {
            if (!consumers.containsKey(name)) {
                store.put(consumers, name, new ConsumerState(name, position, false, 0, null, null, null, 0));
            }
            return null;
        });
    }

    @Override
    public Optional<ConsumerState> tryLock(String name) {
        return lock(name);
    }

    @Override
    public Optional<ConsumerState> lock(String name) {
        return store.atomically(() -> Optional.ofNullable(consumers.get(name)));
    }

    @Override
    public List<ConsumerState> all() {
        return store.atomically(() -> consumers.values().stream()
                .sorted(Comparator.comparing(ConsumerState::name)).toList());
    }

    @Override
    public void save(ConsumerState state) {
        store.atomically(() -> {
            ConsumerState stored = consumers.get(state.name());
            store.put(consumers, state.name(), new ConsumerState(state.name(), state.position(), state.paused(),
                    state.attempts(), state.nextAttemptAt(), state.lastError(), state.lastFailedAt(),
                    stored.deadLetters()));
            return null;
        });
    }

    @Override
    public void addDeadLetter(DeadLetter letter) {
        store.atomically(() -> {
            store.append(deadLetters, letter);
            ConsumerState stored = consumers.get(letter.consumer());
            store.put(consumers, letter.consumer(), new ConsumerState(stored.name(), stored.position(),
                    stored.paused(), stored.attempts(), stored.nextAttemptAt(), stored.lastError(),
                    stored.lastFailedAt(), stored.deadLetters() + 1));
            return null;
        });
    }

    @Override
    public Page<DeadLetter> deadLetters(String consumer, PageRequest page) {
        return store.atomically(() -> Queries.page(deadLetters.stream()
                .filter(letter -> letter.consumer().equals(consumer)).sorted(NEWEST_FIRST).toList(), page));
    }
}
