package dev.conveyor.application.ordering.service;

import dev.conveyor.application.ordering.port.in.CancelOrderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.CancellationHooks;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.application.shared.service.Retry;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.ForbiddenException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

final class CancelOrderService implements CancelOrderUseCase {

    private static final int MAX_REASON = 500;

    private final OrderRepositoryPort orders;
    private final StockPort stock;
    private final OrderAccess access;
    private final List<CancellationHooks> hooks;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    CancelOrderService(OrderRepositoryPort orders, StockPort stock, OrderAccess access, List<CancellationHooks> hooks,
                       EventRecorder events, TransactionPort transactions, Clock clock) {
        this.orders = orders;
        this.stock = stock;
        this.access = access;
        this.hooks = hooks;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public OrderView cancel(Actor actor, OrderId orderId, String reason) {
        String why = Check.optionalText("reason", reason, MAX_REASON);
        Cancelled cancelled = Retry.onConcurrentModification(() -> transactions.inTransaction(() -> {
            Order order = access.load(actor, orderId);
            Instant now = clock.instant();
            Map<ProductId, Integer> released;
            if (actor.isBackOffice()) {
                released = order.cancelByStaff(actor.userId(), why, now);
            } else if (actor.isUser(order.customerId())) {
                released = order.cancelByCustomer(actor.userId(), why, now);
            } else {
                throw new ForbiddenException("a seller cannot cancel a whole order");
            }
            // the version-checked update first: of concurrent cancellations only one gets past it
            // (the others wait on the order's row, then fail and retry), so stock is released once
            orders.update(order);
            released.forEach(stock::release);
            List<DomainEvent> recorded = new ArrayList<>(order.pullEvents());
            hooks.forEach(hook -> recorded.addAll(hook.whileCancelling(actor, order)));
            events.append(actor, recorded);
            return new Cancelled(order, recorded);
        }));
        events.committed(cancelled.events());
        hooks.forEach(hook -> hook.afterCancelled(actor, cancelled.order()));
        return access.view(actor, access.load(actor, orderId));
    }

    private record Cancelled(Order order, List<DomainEvent> events) {
    }
}
