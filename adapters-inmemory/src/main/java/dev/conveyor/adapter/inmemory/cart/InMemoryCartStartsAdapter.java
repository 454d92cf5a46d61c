package dev.conveyor.adapter.inmemory.cart;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.cart.port.out.CartStartsPort;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryCartStartsAdapter implements CartStartsPort {

    private final MemoryStore store;
    private final Map<UUID, CartStart> rows = new HashMap<>();

    public InMemoryCartStartsAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void started(UserId owner, Instant at) {
        store.atomically(() -> {
            store.put(rows, UUID.randomUUID(), new CartStart(owner, at, null, null));
            return null;
        });
    }

    @Override
    public void checkedOut(UserId owner, OrderId orderId, Instant at) {
        store.atomically(() -> {
            rows.entrySet().stream()
                    .filter(e -> e.getValue().owner().equals(owner) && e.getValue().checkedOutAt() == null)
                    .max(Comparator.comparing(e -> e.getValue().startedAt()))
                    .ifPresent(e -> store.put(rows, e.getKey(),
                            new CartStart(owner, e.getValue().startedAt(), at, orderId)));
            return null;
        });
    }

    public List<CartStart> all() {
        return store.atomically(() -> List.copyOf(rows.values()));
    }

    /** @param checkedOutAt null, like {@code orderId}, until an order is placed from the cart */
    public record CartStart(UserId owner, Instant startedAt, Instant checkedOutAt, OrderId orderId) {
    }
}
