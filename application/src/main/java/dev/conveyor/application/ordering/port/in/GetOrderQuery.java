package dev.conveyor.application.ordering.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.domain.order.OrderId;

public interface GetOrderQuery {

    /**
     * The owner, the back office and sellers of its lines (who see only those)
     * may read an order; to anyone else it does not exist.
     *
     * @throws dev.conveyor.domain.shared.NotFoundException ORDER_NOT_FOUND
     */
    OrderView get(Actor actor, OrderId orderId);
}
