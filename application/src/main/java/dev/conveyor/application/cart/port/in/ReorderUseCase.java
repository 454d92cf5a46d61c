package dev.conveyor.application.cart.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.OrderId;

public interface ReorderUseCase {

    /**
     * Copies the lines of one of the caller's orders into their cart, as far as
     * today's stock allows, and says which lines could not be copied in full.
     *
     * @throws dev.conveyor.domain.shared.NotFoundException ORDER_NOT_FOUND when it is not the caller's order
     */
    ReorderResult reorder(Actor actor, OrderId orderId);
}
