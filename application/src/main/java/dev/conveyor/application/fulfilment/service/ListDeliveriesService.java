package dev.conveyor.application.fulfilment.service;

import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.fulfilment.port.in.ListDeliveriesQuery;
import dev.conveyor.application.fulfilment.port.out.DeliveryRepositoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import java.util.List;

final class ListDeliveriesService implements ListDeliveriesQuery {

    private final DeliveryRepositoryPort deliveries;
    private final OrderAccess orderAccess;
    private final DeliveryAccess deliveryAccess;

    ListDeliveriesService(DeliveryRepositoryPort deliveries, OrderAccess orderAccess, DeliveryAccess deliveryAccess) {
        this.deliveries = deliveries;
        this.orderAccess = orderAccess;
        this.deliveryAccess = deliveryAccess;
    }

    @Override
    public List<DeliveryView> list(Actor actor, OrderId orderId) {
        Order order = orderAccess.load(actor, orderId);
        return deliveries.findByOrder(orderId).stream()
                .filter(d -> deliveryAccess.maySee(actor, order, d))
                .map(d -> deliveryAccess.view(actor, order, d))
                .toList();
    }
}
