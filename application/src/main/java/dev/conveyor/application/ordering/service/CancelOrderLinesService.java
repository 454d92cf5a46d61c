package dev.conveyor.application.ordering.service;

import dev.conveyor.application.ordering.port.in.CancelOrderLinesUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.application.shared.service.CancellationHooks;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.IdempotentExecutor;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.application.shared.service.PaymentSettlement;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

final class CancelOrderLinesService implements CancelOrderLinesUseCase {

    private final OrderRepositoryPort orders;
    private final StockPort stock;
    private final OrderAccess access;
    private final PaymentSettlement settlement;
    private final List<CancellationHooks> hooks;
    private final IdempotentExecutor idempotent;
    private final EventRecorder events;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    CancelOrderLinesService(OrderRepositoryPort orders, StockPort stock, OrderAccess access,
                            PaymentSettlement settlement, List<CancellationHooks> hooks, IdempotentExecutor idempotent,
                            EventRecorder events, Clock clock) {
        this.orders = orders;
        this.stock = stock;
        this.access = access;
        this.settlement = settlement;
        this.hooks = hooks;
        this.idempotent = idempotent;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public CancelledLines cancelLines(Actor actor, OrderId orderId, CancelLinesCommand command,
                                      IdempotencyKey idempotencyKey) {
        actor.requireUser();
        var outcome = idempotent.execute(actor, idempotencyKey, "cancel-order-lines",
                orderId + "|" + command.fingerprint(), id -> cancelInTransaction(actor, orderId, command));
        if (!outcome.replayed()) {
            Cancelled cancelled = outcome.created();
            events.committed(cancelled.events());
            if (cancelled.order().status() == OrderStatus.CANCELLED) {
                // nothing is expected any more: what was paid goes back as for any cancelled order
                hooks.forEach(hook -> hook.afterCancelled(actor, cancelled.order()));
            }
        }
        return new CancelledLines(access.view(actor, access.load(actor, orderId)), outcome.replayed());
    }

    private Cancelled cancelInTransaction(Actor actor, OrderId orderId, CancelLinesCommand command) {
        access.load(actor, orderId);
        // held until the commit: deliveries and other cancellations of this order queue here
        Order order = orders.lockById(orderId).orElseThrow(() -> OrderAccess.notFound(orderId));
        boolean seller = access.isSellerOnly(actor, order);
        if (!actor.isBackOffice() && !seller) {
            throw new ForbiddenException("only staff and the order's sellers cancel its lines");
        }
        if (command.expectedVersion() != null && command.expectedVersion() != order.version()) {
            throw new ConflictException("STALE_VERSION", "order " + order.number() + " changed since version "
                    + command.expectedVersion() + " (it is at version " + order.version() + "); read it again");
        }
        Map<Integer, Integer> quantities = command.lines().isEmpty() ? allRemaining(actor, order, seller)
                : requested(actor, order, command, seller);
        Instant now = clock.instant();
        Map<ProductId, Integer> released = order.cancelLines(quantities, actor.userId(), command.reason(), now);
        boolean wholeOrder = order.status() == OrderStatus.CANCELLED;
        // less is due now: the ledger may cover it (which completes a delivered order)
        List<DomainEvent> invoiceEvents = wholeOrder ? List.of() : settlement.settle(order, now);
        orders.update(order);
        released.forEach(stock::release);
        List<DomainEvent> recorded = new ArrayList<>(order.pullEvents());
        recorded.addAll(invoiceEvents);
        if (wholeOrder) {
            hooks.forEach(hook -> recorded.addAll(hook.whileCancelling(actor, order)));
        }
        events.append(actor, recorded);
        return new Cancelled(order, recorded);
    }

    private static Map<Integer, Integer> allRemaining(Actor actor, Order order, boolean seller) {
        Map<Integer, Integer> quantities = order.remainingUnits(seller ? actor.userId() : null);
        if (quantities.isEmpty()) {
            throw new ConflictException("NOTHING_REMAINING", "order " + order.number()
                    + " has no units left to cancel that no delivery holds");
        }
        return quantities;
    }

    private static Map<Integer, Integer> requested(Actor actor, Order order, CancelLinesCommand command,
                                                   boolean seller) {
        Map<Integer, Integer> quantities = new TreeMap<>();
        for (int i = 0; i < command.lines().size(); i++) {
            Line requested = command.lines().get(i);
            OrderLine line = order.line(requested.lineNo()).orElseThrow(() -> new InvalidInputException(
                    "lines", "order " + order.number() + " has no line " + requested.lineNo()));
            if (seller && !line.sellerId().equals(actor.userId())) {
                throw new ForbiddenException("line " + line.lineNo() + " holds another seller's product");
            }
            quantities.put(line.lineNo(), requested.quantity());
        }
        return quantities;
    }

    private record Cancelled(Order order, List<DomainEvent> events) {
    }
}
