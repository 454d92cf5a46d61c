package dev.conveyor.application.ordering.service;

import dev.conveyor.application.ordering.port.in.GetCachedOrderQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.service.CachedReads;
import dev.conveyor.application.shared.service.CachedReads.HeldOrder;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.Money;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * An order's read answered from the cache without blocking, or not at all: the web adapter answers a hit on the
 * thread that received the request and hands only the rest to a thread that may block. Who sees what is
 * {@link OrderAccess}'s, as for {@link GetOrderService}.
 */
final class GetCachedOrderService implements GetCachedOrderQuery {

    private final OrderAccess access;
    private final CachedReads reads;

    GetCachedOrderService(OrderAccess access, CachedReads reads) {
        this.access = access;
        this.reads = reads;
    }

    @Override
    public CompletionStage<Optional<OrderView>> getWithoutBlocking(Actor actor, OrderId orderId, Executor continueOn) {
        return reads.orderWithoutBlocking(orderId, continueOn)
                .thenApply(held -> held.flatMap(found -> view(actor, orderId, found)));
    }

    private Optional<OrderView> view(Actor actor, OrderId orderId, HeldOrder held) {
        Order order = access.visible(actor, orderId, Optional.of(held.order()));
        Optional<Money> balance = access.balanceWithoutLedger(order).or(held::balance);
        if (balance.isEmpty() && !access.isSellerOnly(actor, order)) {
            return Optional.empty();
        }
        // a seller's view has no balance, so it is asked for only when it is there
        return Optional.of(access.view(actor, order, shown -> balance.orElseThrow()));
    }
}
