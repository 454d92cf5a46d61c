package dev.conveyor.application.service;

import dev.conveyor.application.common.Actor;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import java.util.List;

/** What else happens when an order is cancelled: its pending deliveries stop, what was paid goes back. */
interface CancellationHooks {

    /** Inside the cancelling transaction, after the order was written. */
    List<DomainEvent> whileCancelling(Actor actor, Order cancelled);

    /** After the commit: calls to payment gateways never run inside a transaction that could roll back. */
    void afterCancelled(Actor actor, Order cancelled);
}
