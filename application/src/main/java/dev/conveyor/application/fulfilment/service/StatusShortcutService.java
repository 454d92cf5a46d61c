package dev.conveyor.application.fulfilment.service;

import dev.conveyor.application.fulfilment.port.in.StatusShortcutUseCase;
import dev.conveyor.application.fulfilment.port.out.DeliveryRepositoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

final class StatusShortcutService implements StatusShortcutUseCase {

    private static final String REASON = "set by the order status shortcut";

    private final OrderRepositoryPort orders;
    private final DeliveryRepositoryPort deliveries;
    private final OrderAccess orderAccess;
    private final DeliveryAccess deliveryAccess;
    private final DeliveryWorkflow workflow;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    StatusShortcutService(OrderRepositoryPort orders, DeliveryRepositoryPort deliveries, OrderAccess orderAccess,
                          DeliveryAccess deliveryAccess, DeliveryWorkflow workflow, EventRecorder events,
                          TransactionPort transactions, Clock clock) {
        this.orders = orders;
        this.deliveries = deliveries;
        this.orderAccess = orderAccess;
        this.deliveryAccess = deliveryAccess;
        this.workflow = workflow;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public OrderView apply(Actor actor, OrderId orderId, Shortcut shortcut) {
        Applied applied = transactions.inTransaction(() -> {
            orderAccess.load(actor, orderId);
            Order order = orders.lockById(orderId).orElseThrow(() -> OrderAccess.notFound(orderId));
            boolean seller = orderAccess.isSellerOnly(actor, order);
            if (!actor.isBackOffice() && !seller) {
                throw new ForbiddenException("only staff and the order's sellers change its status");
            }
            if (order.status() == OrderStatus.CANCELLED) {
                throw new ConflictException("ORDER_CLOSED", "order " + order.number() + " is cancelled");
            }
            Instant now = clock.instant();
            List<DomainEvent> recorded = new ArrayList<>();
            List<Delivery> existing = deliveries.findByOrder(orderId).stream()
                    .filter(d -> deliveryAccess.mayChange(actor, order, d))
                    .toList();
            for (Delivery pending : inStatus(existing, DeliveryStatus.PENDING)) {
                workflow.move(order, pending, DeliveryStatus.SHIPPED, null, null, REASON, now, recorded);
            }
            Map<Integer, Integer> remaining = remainingOf(actor, order, seller);
            if (!remaining.isEmpty()) {
                Delivery rest = workflow.create(DeliveryId.newId(), order, remaining, null, null, actor.userId(), now,
                        recorded);
                workflow.move(order, rest, DeliveryStatus.SHIPPED, null, null, REASON, now, recorded);
            }
            if (shortcut == Shortcut.DELIVERED) {
                List<Delivery> current = deliveries.findByOrder(orderId).stream()
                        .filter(d -> deliveryAccess.mayChange(actor, order, d))
                        .toList();
                for (Delivery shipped : inStatus(current, DeliveryStatus.SHIPPED)) {
                    workflow.move(order, shipped, DeliveryStatus.DELIVERED, null, null, REASON, now, recorded);
                }
            }
            if (!recorded.isEmpty()) {
                orders.update(order);
                recorded.addAll(order.pullEvents());
                events.append(actor, recorded);
            }
            return new Applied(order, recorded);
        });
        events.committed(applied.events());
        return orderAccess.view(actor, applied.order());
    }

    private static List<Delivery> inStatus(List<Delivery> deliveries, DeliveryStatus status) {
        return deliveries.stream().filter(d -> d.status() == status).toList();
    }

    private static Map<Integer, Integer> remainingOf(Actor actor, Order order, boolean seller) {
        Map<Integer, Integer> remaining = new TreeMap<>();
        for (OrderLine line : order.lines()) {
            if (line.remaining() > 0 && (!seller || line.sellerId().equals(actor.userId()))) {
                remaining.put(line.lineNo(), line.remaining());
            }
        }
        return remaining;
    }

    private record Applied(Order order, List<DomainEvent> events) {
    }
}
