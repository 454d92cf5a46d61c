package dev.conveyor.adapter.inmemory.cart;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.cart.port.out.CartRepositoryPort;
import dev.conveyor.domain.cart.Cart;
import dev.conveyor.domain.cart.CartLine;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryCartRepositoryAdapter implements CartRepositoryPort {

    private final MemoryStore store;
    private final Map<UserId, CartRow> rows = new HashMap<>();

    public InMemoryCartRepositoryAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Cart> findByOwner(UserId ownerId) {
        return store.atomically(() -> Optional.ofNullable(rows.get(ownerId))
                .map(row -> Cart.rehydrate(ownerId, row.lines(), row.updatedAt(), row.version())));
    }

    @Override
    public void save(Cart cart) {
        store.atomically(() -> {
            CartRow stored = rows.get(cart.ownerId());
            long storedVersion = stored == null ? 0 : stored.version();
            if (storedVersion != cart.version()) {
                throw new ConcurrentModificationException("cart", cart.ownerId());
            }
            store.put(rows, cart.ownerId(), new CartRow(cart.lines(), cart.updatedAt(), storedVersion + 1));
            return null;
        });
    }

    /** Every stored cart, for the dashboard's figures. */
    public List<Cart> all() {
        return store.atomically(() -> rows.entrySet().stream()
                .map(e -> Cart.rehydrate(e.getKey(), e.getValue().lines(), e.getValue().updatedAt(),
                        e.getValue().version()))
                .toList());
    }

    /** Lines are immutable records; a fresh {@link Cart} is made from the row on every read. */
    private record CartRow(List<CartLine> lines, Instant updatedAt, long version) {
    }
}
