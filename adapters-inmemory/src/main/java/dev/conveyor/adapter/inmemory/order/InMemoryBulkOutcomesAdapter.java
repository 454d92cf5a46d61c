package dev.conveyor.adapter.inmemory.order;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase.OrderOutcome;
import dev.conveyor.application.backoffice.port.out.BulkOutcomesPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryBulkOutcomesAdapter implements BulkOutcomesPort {

    private final MemoryStore store;
    private final Map<UUID, List<OrderOutcome>> runs = new HashMap<>();

    public InMemoryBulkOutcomesAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void save(UUID runId, List<OrderOutcome> outcomes) {
        store.atomically(() -> {
            store.put(runs, runId, List.copyOf(outcomes));
            return null;
        });
    }

    @Override
    public List<OrderOutcome> find(UUID runId) {
        return store.atomically(() -> runs.getOrDefault(runId, List.of()));
    }
}
