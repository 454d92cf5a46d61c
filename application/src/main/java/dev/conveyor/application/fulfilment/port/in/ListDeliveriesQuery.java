package dev.conveyor.application.fulfilment.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.OrderId;
import java.util.List;

public interface ListDeliveriesQuery {

    /** The order's deliveries, oldest first; a seller's list holds those with their lines. */
    List<DeliveryView> list(Actor actor, OrderId orderId);
}
