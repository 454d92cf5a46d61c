package dev.conveyor.application.fulfilment.service;

import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase;
import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.fulfilment.port.out.DeliveryRepositoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.shared.ForbiddenException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

final class ChangeDeliveryStatusService implements ChangeDeliveryStatusUseCase {

    private final DeliveryRepositoryPort deliveries;
    private final OrderRepositoryPort orders;
    private final DeliveryAccess access;
    private final DeliveryWorkflow workflow;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    ChangeDeliveryStatusService(DeliveryRepositoryPort deliveries, OrderRepositoryPort orders, DeliveryAccess access,
                                DeliveryWorkflow workflow, EventRecorder events,
                                TransactionPort transactions, Clock clock) {
        this.deliveries = deliveries;
        this.orders = orders;
        this.access = access;
        this.workflow = workflow;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public DeliveryView changeStatus(Actor actor, DeliveryId deliveryId, ChangeDeliveryStatusCommand command) {
        Changed changed = transactions.inTransaction(() -> {
            Delivery seen = access.load(actor, deliveryId);
            // every change of a delivery locks its order first, so what is read after the lock is current
            Order order = orders.lockById(seen.orderId()).orElseThrow();
            Delivery delivery = deliveries.findById(deliveryId).orElseThrow();
            if (!access.mayChange(actor, order, delivery)) {
                throw new ForbiddenException("only staff, or a seller whose lines alone it holds, move a delivery");
            }
            List<DomainEvent> recorded = new ArrayList<>();
            workflow.move(order, delivery, command.status(), command.carrier(), command.trackingNumber(),
                    command.reason(), clock.instant(), recorded);
            orders.update(order);
            recorded.addAll(order.pullEvents());
            events.append(actor, recorded);
            return new Changed(order, delivery, recorded);
        });
        events.committed(changed.events());
        return access.view(actor, changed.order(), changed.delivery());
    }

    private record Changed(Order order, Delivery delivery, List<DomainEvent> events) {
    }
}
