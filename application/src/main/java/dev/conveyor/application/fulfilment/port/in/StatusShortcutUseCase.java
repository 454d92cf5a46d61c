package dev.conveyor.application.fulfilment.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.domain.order.OrderId;

/**
 * The seed clients' "set the order to SHIPPED / DELIVERED": one delivery for
 * everything that remains, through the same rules as any delivery, so that
 * the order's status axes always agree.
 */
public interface StatusShortcutUseCase {

    enum Shortcut { SHIPPED, DELIVERED }

    /**
     * SHIPPED ships pending deliveries and one new delivery of what remains;
     * DELIVERED does the same and then delivers everything shipped.
     */
    OrderView apply(Actor actor, OrderId orderId, Shortcut shortcut);
}
