package dev.conveyor.application.returns.service;

import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.fulfilment.port.in.ListDeliveriesQuery;
import dev.conveyor.application.returns.port.in.OpenReturnUseCase;
import dev.conveyor.application.returns.port.out.ReturnRepositoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.IdempotentExecutor;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Opens a return. The order's row is locked and each line's returned units are raised by the store only
 * while they stay within the units delivered, so concurrent returns of one line never exceed them.
 */
final class OpenReturnService implements OpenReturnUseCase {

    private final OrderRepositoryPort orders;
    private final OrderAccess access;
    private final ListDeliveriesQuery deliveries;
    private final ReturnRepositoryPort returns;
    private final IdempotentExecutor idempotent;
    private final EventRecorder events;
    private final Clock clock;
    private final Duration window;

    @SuppressWarnings("java:S107")
    OpenReturnService(OrderRepositoryPort orders, OrderAccess access, ListDeliveriesQuery deliveries,
                      ReturnRepositoryPort returns, IdempotentExecutor idempotent, EventRecorder events, Clock clock,
                      Duration window) {
        this.orders = orders;
        this.access = access;
        this.deliveries = deliveries;
        this.returns = returns;
        this.idempotent = idempotent;
        this.events = events;
        this.clock = clock;
        this.window = window;
    }

    @Override
    public Opened open(Actor actor, OrderId orderId, OpenReturnCommand command, IdempotencyKey key) {
        Order visible = access.load(actor, orderId);
        if (!actor.isBackOffice() && !actor.isUser(visible.customerId())) {
            throw new ForbiddenException("only the order's customer or the back office open returns");
        }
        Map<Integer, Return.Request> requests = command.requests();
        if (!actor.isBackOffice()) {
            requireInsideWindow(actor, visible);
        }
        var outcome = idempotent.execute(actor, key, "open-return", orderId + "|" + command.fingerprint(),
                id -> opened(actor, orderId, requests, new ReturnId(id)));
        if (outcome.replayed()) {
            return new Opened(returns.findById(new ReturnId(outcome.resourceId())).orElseThrow(), true);
        }
        events.committed(outcome.created().events());
        return new Opened(outcome.created().rma(), false);
    }

    private Created opened(Actor actor, OrderId orderId, Map<Integer, Return.Request> requests, ReturnId id) {
        Order order = orders.lockById(orderId).orElseThrow(() -> OrderAccess.notFound(orderId));
        Return rma = Return.open(id, returns.nextSequence(), order, requests, actor.userId(), clock.instant());
        rma.lines().forEach(line -> {
            int delivered = order.line(line.lineNo()).orElseThrow().delivered();
            if (!returns.holdUnits(orderId, line.lineNo(), line.quantity(), delivered)) {
                throw new ConflictException("RETURN_EXCEEDS_DELIVERED", "line " + line.lineNo() + " of order "
                        + order.number() + ": " + delivered + " units were delivered and other returns hold some;"
                        + " " + line.quantity() + " more cannot be returned");
            }
        });
        returns.insert(rma);
        List<DomainEvent> recorded = rma.pullEvents();
        events.append(actor, recorded);
        return new Created(rma, recorded);
    }

    /** The customer's window runs from the order's last delivery. */
    private void requireInsideWindow(Actor actor, Order order) {
        Instant lastDelivered = deliveries.list(actor, order.id()).stream().map(DeliveryView::deliveredAt)
                .filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        if (lastDelivered != null && clock.instant().isAfter(lastDelivered.plus(window))) {
            throw new ConflictException("RETURN_WINDOW_CLOSED", "order " + order.number() + " was delivered "
                    + lastDelivered + "; returns are accepted for " + window.toDays() + " days");
        }
    }

    private record Created(Return rma, List<DomainEvent> events) {
    }

}
