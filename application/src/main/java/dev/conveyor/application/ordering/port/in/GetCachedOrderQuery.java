package dev.conveyor.application.ordering.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.domain.order.OrderId;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * {@link GetOrderQuery} for a caller on a thread that must not block: the same view, but only when the cache
 * holds the order (and a paid order's balance), and looked up without any thread waiting for a cache server.
 */
public interface GetCachedOrderQuery {

    /**
     * @param continueOn where the stage completes once a cache server answered (at once, on the caller's thread,
     *                   for a cache in this process)
     * @return the view {@link GetOrderQuery#get} would return, or empty when the cache cannot give it (a miss, a
     *         cache server down, a paid order's balance not cached): then call {@link GetOrderQuery#get} where
     *         blocking is allowed. Completes exceptionally with the {@link dev.conveyor.domain.shared.NotFoundException}
     *         ORDER_NOT_FOUND for a cached order the caller may not see, as {@link GetOrderQuery#get} would throw
     */
    CompletionStage<Optional<OrderView>> getWithoutBlocking(Actor actor, OrderId orderId, Executor continueOn);
}
