package dev.conveyor.application.fulfilment.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.delivery.DeliveryId;

public interface GetDeliveryQuery {

    /** Whoever sees the order sees its deliveries; a seller only those holding their lines. */
    DeliveryView get(Actor actor, DeliveryId deliveryId);
}
