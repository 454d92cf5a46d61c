package dev.conveyor.adapter.inmemory;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.shared.port.out.TransactionPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryTransactionAdapter implements TransactionPort {

    private final MemoryStore store;

    public InMemoryTransactionAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return store.atomically(work);
    }

    @Override
    public void afterCommit(Runnable action) {
        store.afterCommit(action);
    }
}
