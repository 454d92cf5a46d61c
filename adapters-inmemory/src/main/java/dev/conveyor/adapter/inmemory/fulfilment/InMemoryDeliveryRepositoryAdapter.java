package dev.conveyor.adapter.inmemory.fulfilment;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.fulfilment.port.out.DeliveryRepositoryPort;
import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryLine;
import dev.conveyor.domain.delivery.DeliveryNumber;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.order.OrderId;
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

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryDeliveryRepositoryAdapter implements DeliveryRepositoryPort {

    private static final Comparator<DeliveryRow> OLDEST_FIRST = Comparator.comparing(DeliveryRow::createdAt)
            .thenComparing(row -> row.id().value());

    private final MemoryStore store;
    private final Map<DeliveryId, DeliveryRow> rows = new HashMap<>();

    public InMemoryDeliveryRepositoryAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void insert(Delivery delivery) {
        store.atomically(() -> {
            if (rows.containsKey(delivery.id())) {
                throw new IllegalStateException("delivery " + delivery.id() + " is stored already");
            }
            store.put(rows, delivery.id(), DeliveryRow.of(delivery, delivery.version()));
            return null;
        });
    }

    @Override
    public void update(Delivery delivery) {
        store.atomically(() -> {
            DeliveryRow stored = rows.get(delivery.id());
            if (stored == null || stored.version() != delivery.version()) {
                throw new ConcurrentModificationException("delivery", delivery.number());
            }
            store.put(rows, delivery.id(), DeliveryRow.of(delivery, stored.version() + 1));
            return null;
        });
    }

    @Override
    public Optional<Delivery> findById(DeliveryId id) {
        return store.atomically(() -> Optional.ofNullable(rows.get(id)).map(DeliveryRow::toDelivery));
    }

    @Override
    public List<Delivery> findByOrder(OrderId orderId) {
        return store.atomically(() -> rows.values().stream()
                .filter(row -> row.orderId().equals(orderId))
                .sorted(OLDEST_FIRST)
                .map(DeliveryRow::toDelivery)
                .toList());
    }

    /** Every stored delivery, for the back office's figures. */
    public List<Delivery> all() {
        return store.atomically(() -> rows.values().stream().map(DeliveryRow::toDelivery).toList());
    }

    /** What a deliveries row and its line rows hold; a fresh {@link Delivery} is made from it on every read. */
    private record DeliveryRow(DeliveryId id, DeliveryNumber number, OrderId orderId, String orderNumber,
                               UserId customerId, List<DeliveryLine> lines, DeliveryStatus status, String carrier,
                               String trackingNumber, String statusReason, UserId createdBy, Instant createdAt,
                               Instant shippedAt, Instant deliveredAt, Instant failedAt, Instant cancelledAt,
                               Instant updatedAt, long version) {

        static DeliveryRow of(Delivery d, long version) {
            return new DeliveryRow(d.id(), d.number(), d.orderId(), d.orderNumber(), d.customerId(), d.lines(),
                    d.status(), d.carrier(), d.trackingNumber(), d.statusReason(), d.createdBy(), d.createdAt(),
                    d.shippedAt(), d.deliveredAt(), d.failedAt(), d.cancelledAt(), d.updatedAt(), version);
        }

        Delivery toDelivery() {
            return Delivery.rehydrate(id, number, orderId, orderNumber, customerId, lines, status, carrier,
                    trackingNumber, statusReason, createdBy, createdAt, shippedAt, deliveredAt, failedAt,
                    cancelledAt, updatedAt, version);
        }
    }
}
