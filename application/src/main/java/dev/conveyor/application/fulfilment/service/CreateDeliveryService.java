package dev.conveyor.application.fulfilment.service;

import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.IdempotentExecutor;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

final class CreateDeliveryService implements CreateDeliveryUseCase {

    private final OrderRepositoryPort orders;
    private final OrderAccess orderAccess;
    private final DeliveryAccess deliveryAccess;
    private final DeliveryWorkflow workflow;
    private final IdempotentExecutor idempotent;
    private final EventRecorder events;
    private final Clock clock;

    CreateDeliveryService(OrderRepositoryPort orders, OrderAccess orderAccess, DeliveryAccess deliveryAccess,
                          DeliveryWorkflow workflow, IdempotentExecutor idempotent, EventRecorder events,
                          Clock clock) {
        this.orders = orders;
        this.orderAccess = orderAccess;
        this.deliveryAccess = deliveryAccess;
        this.workflow = workflow;
        this.idempotent = idempotent;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public CreatedDelivery create(Actor actor, OrderId orderId, CreateDeliveryCommand command, IdempotencyKey key) {
        actor.requireUser();
        var outcome = idempotent.execute(actor, key, "create-delivery", orderId + "|" + command.fingerprint(),
                id -> createInTransaction(actor, orderId, command, new DeliveryId(id)));
        if (outcome.replayed()) {
            Delivery existing = deliveryAccess.load(actor, new DeliveryId(outcome.resourceId()));
            Order order = orderAccess.load(actor, existing.orderId());
            return new CreatedDelivery(deliveryAccess.view(actor, order, existing), true);
        }
        Created created = outcome.created();
        events.committed(created.events());
        return new CreatedDelivery(deliveryAccess.view(actor, created.order(), created.delivery()), false);
    }

    private Created createInTransaction(Actor actor, OrderId orderId, CreateDeliveryCommand command, DeliveryId id) {
        orderAccess.load(actor, orderId);
        // held until the commit: concurrent deliveries of this order, on any instance, queue here
        Order order = orders.lockById(orderId).orElseThrow(() -> OrderAccess.notFound(orderId));
        boolean seller = orderAccess.isSellerOnly(actor, order);
        if (!actor.isBackOffice() && !seller) {
            throw new ForbiddenException("only staff and the order's sellers deliver it");
        }
        Map<Integer, Integer> quantities = command.lines().isEmpty() ? everythingRemaining(actor, order, seller)
                : requested(actor, order, command, seller);
        Instant now = clock.instant();
        List<DomainEvent> recorded = new ArrayList<>();
        Delivery delivery = workflow.create(id, order, quantities, command.carrier(), command.trackingNumber(),
                actor.userId(), now, recorded);
        orders.update(order);
        recorded.addAll(order.pullEvents());
        events.append(actor, recorded);
        return new Created(order, delivery, recorded);
    }

    private static Map<Integer, Integer> everythingRemaining(Actor actor, Order order, boolean seller) {
        Map<Integer, Integer> quantities = order.remainingUnits(seller ? actor.userId() : null);
        if (quantities.isEmpty()) {
            throw new ConflictException("NOTHING_REMAINING", "order " + order.number()
                    + " has no units left to deliver");
        }
        return quantities;
    }

    private static Map<Integer, Integer> requested(Actor actor, Order order, CreateDeliveryCommand command,
                                                   boolean seller) {
        Map<Integer, Integer> quantities = new TreeMap<>();
        for (int i = 0; i < command.lines().size(); i++) {
            CreateDeliveryUseCase.Line requested = command.lines().get(i);
            OrderLine line = order.line(requested.lineNo()).orElseThrow(() -> new InvalidInputException(
                    "lines", "order " + order.number() + " has no line " + requested.lineNo()));
            if (seller && !line.sellerId().equals(actor.userId())) {
                throw new ForbiddenException("line " + line.lineNo() + " holds another seller's product");
            }
            quantities.put(line.lineNo(), requested.quantity());
        }
        return quantities;
    }

    private record Created(Order order, Delivery delivery, List<DomainEvent> events) {
    }
}
