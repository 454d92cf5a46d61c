package dev.conveyor.application.fulfilment.port.out;

import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.order.OrderId;
import java.util.List;
import java.util.Optional;

public interface DeliveryRepositoryPort {

    void insert(Delivery delivery);

    /**
     * Writes status, carrier, tracking number and dates if the stored version is still the delivery's.
     *
     * @throws dev.conveyor.domain.shared.ConcurrentModificationException otherwise
     */
    void update(Delivery delivery);

    Optional<Delivery> findById(DeliveryId id);

    /** The order's deliveries, oldest first. */
    List<Delivery> findByOrder(OrderId orderId);
}
