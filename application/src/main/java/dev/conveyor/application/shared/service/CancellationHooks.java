package dev.conveyor.application.shared.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import java.util.List;

/**
 * What other features do when an order is cancelled (its pending deliveries
 * stop, what was paid goes back). Ordering calls them; the features that own
 * deliveries and payments provide them, so ordering never depends on those.
 */
public interface CancellationHooks {

    /** Inside the cancelling transaction, after the order was written. @return the events of what it changed */
    default List<DomainEvent> whileCancelling(Actor actor, Order cancelled) {
        return List.of();
    }

    /** After the commit: calls to payment gateways never run inside a transaction that could roll back. */
    default void afterCancelled(Actor actor, Order cancelled) {
    }
}
