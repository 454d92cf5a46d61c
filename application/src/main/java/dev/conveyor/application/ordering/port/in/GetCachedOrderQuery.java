package dev.conveyor.application.ordering.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.domain.order.OrderId;
import java.util.Optional;

/**
 * {@link GetOrderQuery} for a caller on a thread that must not block: the same view, but only when it can be
 * had without any I/O (the order, and a paid order's balance, held by a cache in this process).
 */
public interface GetCachedOrderQuery {

    /**
     * @return the view {@link GetOrderQuery#get} would return, or empty when answering needs I/O (a miss, a
     *         cache server, the ledger): then call {@link GetOrderQuery#get} where blocking is allowed
     * @throws dev.conveyor.domain.shared.NotFoundException ORDER_NOT_FOUND, for a cached order the caller may
     *         not see, as {@link GetOrderQuery#get} would
     */
    Optional<OrderView> getWithoutBlocking(Actor actor, OrderId orderId);
}
