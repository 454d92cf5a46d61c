package dev.conveyor.application.ordering.service;

import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.service.CachedReads;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.order.OrderId;

/** Served from the cache when it holds the order; who may see how much of it is decided here, per reader. */
final class GetOrderService implements GetOrderQuery {

    private final OrderAccess access;
    private final CachedReads reads;

    GetOrderService(OrderAccess access, CachedReads reads) {
        this.access = access;
        this.reads = reads;
    }

    @Override
    public OrderView get(Actor actor, OrderId orderId) {
        return access.view(actor, access.visible(actor, orderId, reads.order(orderId)));
    }
}
