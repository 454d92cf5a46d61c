package dev.conveyor.application.ordering.service;

import dev.conveyor.application.ordering.port.in.CancelOrderUseCase;
import dev.conveyor.application.ordering.port.in.ChangeOrderStatusUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.application.shared.service.Retry;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.InvalidStatusTransitionException;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.ForbiddenException;
import java.time.Clock;
import java.util.List;
import java.util.Set;

final class ChangeOrderStatusService implements ChangeOrderStatusUseCase {

    private final OrderRepositoryPort orders;
    private final CancelOrderUseCase cancellation;
    private final OrderAccess access;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    ChangeOrderStatusService(OrderRepositoryPort orders, CancelOrderUseCase cancellation, OrderAccess access,
                             EventRecorder events, TransactionPort transactions, Clock clock) {
        this.orders = orders;
        this.cancellation = cancellation;
        this.access = access;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public OrderView changeStatus(Actor actor, OrderId orderId, OrderStatus target, String reason) {
        Check.notNull("status", target);
        if (target == OrderStatus.CANCELLED) {
            return cancellation.cancel(actor, orderId, reason);
        }
        Changed changed = Retry.onConcurrentModification(() -> transactions.inTransaction(() -> {
            Order order = access.load(actor, orderId);
            if (!actor.isBackOffice() && !access.isSellerOnly(actor, order)) {
                throw new ForbiddenException("only staff and the order's sellers change its status");
            }
            Set<OrderStatus> allowed = access.allowedTransitions(actor, order);
            if (!allowed.contains(target)) {
                throw new InvalidStatusTransitionException(order.status(), target, allowed);
            }
            order.startProcessing(clock.instant());
            orders.update(order);
            List<DomainEvent> recorded = order.pullEvents();
            events.append(actor, recorded);
            return new Changed(order, recorded);
        }));
        events.committed(changed.events());
        return access.view(actor, changed.order());
    }

    private record Changed(Order order, List<DomainEvent> events) {
    }
}
