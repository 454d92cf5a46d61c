package dev.conveyor.adapter.inmemory.order;

import dev.conveyor.adapter.inmemory.cart.InMemoryCartRepositoryAdapter;
import dev.conveyor.adapter.inmemory.cart.InMemoryCartStartsAdapter;
import dev.conveyor.adapter.inmemory.cart.InMemoryCartStartsAdapter.CartStart;
import dev.conveyor.application.backoffice.port.out.CartFiguresPort;
import dev.conveyor.domain.cart.Cart;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The dashboard's cart figures over the in-memory carts and starts, as the JDBC adapter reads them. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryCartFiguresAdapter implements CartFiguresPort {

    private final InMemoryCartRepositoryAdapter carts;
    private final InMemoryCartStartsAdapter starts;
    private final InMemoryAdminOrdersAdapter customers;

    public InMemoryCartFiguresAdapter(InMemoryCartRepositoryAdapter carts, InMemoryCartStartsAdapter starts,
                                      InMemoryAdminOrdersAdapter customers) {
        this.carts = carts;
        this.starts = starts;
        this.customers = customers;
    }

    @Override
    public Conversion conversion(Instant since) {
        List<CartStart> started = starts.all().stream().filter(s -> !s.startedAt().isBefore(since)).toList();
        return new Conversion(started.size(), started.stream().filter(s -> s.checkedOutAt() != null).count());
    }

    @Override
    public long countAbandoned(Instant idleBefore) {
        return idle(idleBefore).size();
    }

    @Override
    public List<IdleCart> abandoned(Instant idleBefore, int limit) {
        return idle(idleBefore).stream()
                .sorted(Comparator.comparing(Cart::updatedAt).reversed()
                        .thenComparing(cart -> cart.ownerId().value()))
                .limit(limit)
                .map(cart -> new IdleCart(cart, customers.customer(cart.ownerId())))
                .toList();
    }

    private List<Cart> idle(Instant idleBefore) {
        return carts.all().stream().filter(c -> !c.isEmpty() && c.updatedAt().isBefore(idleBefore)).toList();
    }
}
