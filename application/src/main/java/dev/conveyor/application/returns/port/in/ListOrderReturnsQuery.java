package dev.conveyor.application.returns.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.returns.Return;
import java.util.List;

public interface ListOrderReturnsQuery {

    /** The order's returns, oldest first; a seller's list holds those touching their lines. */
    List<Return> list(Actor actor, OrderId orderId);
}
