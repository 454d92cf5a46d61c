package dev.conveyor.application.fulfilment.service;

import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.fulfilment.port.in.GetDeliveryQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryId;

final class GetDeliveryService implements GetDeliveryQuery {

    private final OrderAccess orderAccess;
    private final DeliveryAccess deliveryAccess;

    GetDeliveryService(OrderAccess orderAccess, DeliveryAccess deliveryAccess) {
        this.orderAccess = orderAccess;
        this.deliveryAccess = deliveryAccess;
    }

    @Override
    public DeliveryView get(Actor actor, DeliveryId deliveryId) {
        Delivery delivery = deliveryAccess.load(actor, deliveryId);
        return deliveryAccess.view(actor, orderAccess.load(actor, delivery.orderId()), delivery);
    }
}
