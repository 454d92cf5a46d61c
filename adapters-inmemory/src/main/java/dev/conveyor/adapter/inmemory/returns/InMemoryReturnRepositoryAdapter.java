package dev.conveyor.adapter.inmemory.returns;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.returns.port.out.ReturnRepositoryPort;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;
import dev.conveyor.domain.returns.ReturnStatus;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Returns are mutable, so copies go in and out. The units held per order line are checked and raised
 * under the store's lock, like the database's conditional update.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryReturnRepositoryAdapter implements ReturnRepositoryPort {

    private static final Comparator<Return> OLDEST_FIRST = Comparator.comparing(Return::openedAt)
            .thenComparing(rma -> rma.id().value());

    private final MemoryStore store;
    private final Map<ReturnId, Return> returns = new HashMap<>();
    private final Map<LineKey, Integer> held = new HashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    public InMemoryReturnRepositoryAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public long nextSequence() {
        return sequence.incrementAndGet();
    }

    @Override
    public boolean holdUnits(OrderId orderId, int lineNo, int quantity, int delivered) {
        return store.atomically(() -> {
            LineKey key = new LineKey(orderId, lineNo);
            int now = held.getOrDefault(key, 0);
            if (now + quantity > delivered) {
                return false;
            }
            store.put(held, key, now + quantity);
            return true;
        });
    }

    @Override
    public void releaseUnits(OrderId orderId, int lineNo, int quantity) {
        store.atomically(() -> {
            LineKey key = new LineKey(orderId, lineNo);
            store.put(held, key, held.getOrDefault(key, 0) - quantity);
            return null;
        });
    }

    @Override
    public void insert(Return rma) {
        store.atomically(() -> {
            if (returns.containsKey(rma.id())) {
                throw new IllegalStateException("return " + rma.number() + " exists already");
            }
            store.put(returns, rma.id(), copy(rma, rma.version()));
            return null;
        });
    }

    @Override
    public void update(Return rma) {
        store.atomically(() -> {
            Return stored = returns.get(rma.id());
            if (stored == null) {
                throw new IllegalStateException("return " + rma.number() + " does not exist");
            }
            store.put(returns, rma.id(), copy(rma, stored.version() + 1));
            return null;
        });
    }

    @Override
    public Optional<Return> findById(ReturnId id) {
        return store.atomically(() -> Optional.ofNullable(returns.get(id)).map(rma -> copy(rma, rma.version())));
    }

    /** Every transaction holds the store-wide lock, so the row is locked already. */
    @Override
    public Optional<Return> lockById(ReturnId id) {
        return findById(id);
    }

    @Override
    public List<Return> findByOrder(OrderId orderId) {
        return store.atomically(() -> returns.values().stream().filter(rma -> rma.orderId().equals(orderId))
                .sorted(OLDEST_FIRST).map(rma -> copy(rma, rma.version())).toList());
    }

    @Override
    public List<Return> findByStatus(ReturnStatus status, long offset, int limit) {
        return store.atomically(() -> returns.values().stream()
                .filter(rma -> status == null || rma.status() == status).sorted(OLDEST_FIRST).skip(offset)
                .limit(limit).map(rma -> copy(rma, rma.version())).toList());
    }

    @Override
    public long countByStatus(ReturnStatus status) {
        return store.atomically(() -> returns.values().stream()
                .filter(rma -> status == null || rma.status() == status).count());
    }

    private static Return copy(Return rma, long version) {
        return Return.rehydrate(rma.id(), rma.number(), rma.orderId(), rma.orderNumber(), rma.customerId(),
                rma.lines(), rma.status(), rma.openedBy(), rma.openedAt(), rma.decisionReason(), rma.creditNoteId(),
                rma.updatedAt(), version);
    }

    private record LineKey(OrderId orderId, int lineNo) {
    }
}
