package dev.conveyor.application.service;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.port.in.GetOrderQuery;
import dev.conveyor.application.port.in.OrderView;
import dev.conveyor.domain.order.OrderId;

final class GetOrderService implements GetOrderQuery {

    private final OrderAccess access;

    GetOrderService(OrderAccess access) {
        this.access = access;
    }

    @Override
    public OrderView get(Actor actor, OrderId orderId) {
        return access.view(actor, access.load(actor, orderId));
    }
}
