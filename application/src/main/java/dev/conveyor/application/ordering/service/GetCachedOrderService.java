package dev.conveyor.application.ordering.service;

import dev.conveyor.application.ordering.port.in.GetCachedOrderQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.service.CachedReads;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.Money;
import java.util.Optional;

/**
 * An order's read answered from what the cache holds in this process, or not at all: the web adapter answers
 * a hit on the thread that received the request and hands only the rest to a thread that may block. Who sees
 * what is {@link OrderAccess}'s, as for {@link GetOrderService}.
 */
final class GetCachedOrderService implements GetCachedOrderQuery {

    private final OrderAccess access;
    private final CachedReads reads;

    GetCachedOrderService(OrderAccess access, CachedReads reads) {
        this.access = access;
        this.reads = reads;
    }

    @Override
    public Optional<OrderView> getWithoutBlocking(Actor actor, OrderId orderId) {
        Optional<Order> held = reads.orderHeld(orderId);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Order order = access.visible(actor, orderId, held);
        Optional<Money> balance = access.balanceWithoutLedger(order).or(() -> reads.balanceHeld(order));
        if (balance.isEmpty() && !access.isSellerOnly(actor, order)) {
            return Optional.empty();
        }
        // a seller's view has no balance, so it is asked for only when it is there
        return Optional.of(access.view(actor, order, shown -> balance.orElseThrow()));
    }
}
