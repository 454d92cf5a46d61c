package dev.conveyor.application.ordering.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;

public interface ChangeOrderStatusUseCase {

    /**
     * A manual status change by staff, an administrator or a seller of one of
     * the order's lines.
     *
     * @throws dev.conveyor.domain.order.InvalidStatusTransitionException with the allowed statuses
     */
    OrderView changeStatus(Actor actor, OrderId orderId, OrderStatus target, String reason);
}
