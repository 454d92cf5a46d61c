package dev.conveyor.application.port.in;

import dev.conveyor.application.common.Actor;
import dev.conveyor.domain.delivery.DeliveryId;

public interface GetDeliveryQuery {

    /** Whoever sees the order sees its deliveries; a seller only those holding their lines. */
    DeliveryView get(Actor actor, DeliveryId deliveryId);
}
