package dev.conveyor.adapter.inmemory.order;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.ordering.port.out.OrderEditRepositoryPort;
import dev.conveyor.domain.order.OrderEdit;
import dev.conveyor.domain.order.OrderId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryOrderEditRepositoryAdapter implements OrderEditRepositoryPort {

    private final MemoryStore store;
    /** In the order they were written, which is the order of their times. */
    private final List<OrderEdit> edits = new ArrayList<>();

    public InMemoryOrderEditRepositoryAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void insert(OrderEdit edit) {
        store.atomically(() -> {
            store.append(edits, edit);
            return null;
        });
    }

    @Override
    public List<OrderEdit> findByOrder(OrderId orderId) {
        return store.atomically(() -> edits.stream().filter(edit -> edit.orderId().equals(orderId)).toList());
    }
}
