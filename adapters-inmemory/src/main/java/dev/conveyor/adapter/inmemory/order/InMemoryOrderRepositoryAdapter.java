package dev.conveyor.adapter.inmemory.order;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.adapter.inmemory.support.Queries;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderNumber;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryOrderRepositoryAdapter implements OrderRepositoryPort {

    private static final Comparator<OrderRow> NEWEST_FIRST = Comparator.comparing(OrderRow::placedAt)
            .thenComparing(row -> row.id().value()).reversed();
    private static final Comparator<OrderRow> EARLIEST_DEADLINE_FIRST = Comparator
            .comparing(OrderRow::cancellableUntil).thenComparing(row -> row.id().value());

    private final MemoryStore store;
    private final Map<OrderId, OrderRow> rows = new HashMap<>();

    public InMemoryOrderRepositoryAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void insert(Order order) {
        store.atomically(() -> {
            if (rows.containsKey(order.id())) {
                throw new IllegalStateException("order " + order.id() + " is stored already");
            }
            store.put(rows, order.id(), OrderRow.of(order, order.version()));
            return null;
        });
    }

    @Override
    public void update(Order order) {
        store.atomically(() -> {
            OrderRow stored = rows.get(order.id());
            if (stored == null || stored.version() != order.version()) {
                throw new ConcurrentModificationException("order", order.id());
            }
            store.put(rows, order.id(), OrderRow.of(order, stored.version() + 1));
            return null;
        });
    }

    /** The row holds the whole order, so an edited one is written like any other. */
    @Override
    public void updateEdited(Order order) {
        update(order);
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return store.atomically(() -> Optional.ofNullable(rows.get(id)).map(OrderRow::toOrder));
    }

    /** Transactions hold the store's lock from start to end, so reading is locking enough. */
    @Override
    public Optional<Order> lockById(OrderId id) {
        return findById(id);
    }

    @Override
    public Page<Order> findByCustomer(UserId customerId, Set<OrderStatus> statuses, PageRequest page) {
        return store.atomically(() -> Queries.page(rows.values().stream()
                .filter(row -> row.customerId().equals(customerId))
                .filter(row -> statuses.isEmpty() || statuses.contains(row.status()))
                .sorted(NEWEST_FIRST)
                .toList(), page).map(OrderRow::toOrder));
    }

    @Override
    public List<Order> findDueForConfirmation(Instant now, int limit) {
        return store.atomically(() -> rows.values().stream()
                .filter(row -> row.status() == OrderStatus.PENDING && !row.cancellableUntil().isAfter(now))
                .sorted(EARLIEST_DEADLINE_FIRST)
                .limit(limit)
                .map(OrderRow::toOrder)
                .toList());
    }

    /** Every stored order, for the other in-memory queries over orders. */
    public List<Order> all() {
        return store.atomically(() -> rows.values().stream().map(OrderRow::toOrder).toList());
    }

    /**
     * What an orders row and its line rows hold; a fresh {@link Order} is made
     * from it on every read. Lines are immutable records.
     */
    private record OrderRow(OrderId id, OrderNumber number, UserId customerId, List<OrderLine> lines,
                            Address shippingAddress, String notes, PriceBreakdown price, OrderStatus status,
                            PaymentStatus paymentStatus, Instant placedAt, Instant cancellableUntil,
                            Instant confirmedAt, Instant cancelledAt, String cancellationReason, Instant updatedAt,
                            long version) {

        static OrderRow of(Order order, long version) {
            return new OrderRow(order.id(), order.number(), order.customerId(), List.copyOf(order.lines()),
                    order.shippingAddress(), order.notes(), order.price(), order.status(), order.paymentStatus(),
                    order.placedAt(), order.cancellableUntil(), order.confirmedAt(), order.cancelledAt(),
                    order.cancellationReason(), order.updatedAt(), version);
        }

        Order toOrder() {
            return Order.rehydrate(id, number, customerId, lines, shippingAddress, notes, price, status,
                    paymentStatus, placedAt, cancellableUntil, confirmedAt, cancelledAt, cancellationReason,
                    updatedAt, version);
        }
    }
}
