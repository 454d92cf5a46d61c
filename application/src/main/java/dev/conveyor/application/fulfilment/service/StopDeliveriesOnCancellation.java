package dev.conveyor.application.fulfilment.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.service.CancellationHooks;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** A cancelled order's pending deliveries are cancelled with it, in the same transaction. */
final class StopDeliveriesOnCancellation implements CancellationHooks {

    private final DeliveryWorkflow deliveries;
    private final Clock clock;

    StopDeliveriesOnCancellation(DeliveryWorkflow deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    public List<DomainEvent> whileCancelling(Actor actor, Order cancelled) {
        List<DomainEvent> recorded = new ArrayList<>();
        deliveries.stopPending(cancelled, clock.instant(), recorded);
        return recorded;
    }
}
