package dev.conveyor.application.ordering.service;

import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.service.CachedReads;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;

/** Served from the cache when it holds the order (and a paid order's balance); who may see how much of it is decided here, per reader. */
final class GetOrderService implements GetOrderQuery {

    private final OrderAccess access;
    private final CachedReads reads;

    GetOrderService(OrderAccess access, CachedReads reads) {
        this.access = access;
        this.reads = reads;
    }

    @Override
    public OrderView get(Actor actor, OrderId orderId) {
        Order order = access.visible(actor, orderId, reads.order(orderId));
        // a paid order's balance is cached next to it: a read from the cache then queries no ledger either
        return access.view(actor, order,
                shown -> access.balanceWithoutLedger(shown).orElseGet(() -> reads.balance(shown, access::balance)));
    }
}
