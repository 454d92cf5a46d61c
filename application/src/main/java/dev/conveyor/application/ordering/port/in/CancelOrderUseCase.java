package dev.conveyor.application.ordering.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.domain.order.OrderId;

public interface CancelOrderUseCase {

    /**
     * The customer within the cancellation window, or staff/admin until the
     * first shipment; releases the reserved stock.
     */
    OrderView cancel(Actor actor, OrderId orderId, String reason);
}
