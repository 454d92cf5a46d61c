package dev.conveyor.application.ordering.port.in;

import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase.PlacedOrder;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.order.OrderId;
import java.util.function.Function;

/**
 * Placement of an order whose lines are only known inside the placement's
 * transaction, such as a cart's: other features place orders through it
 * without reaching into ordering's services.
 */
public interface PlaceDeferredOrderUseCase {

    /**
     * {@code takeOrder} runs after the idempotency key is claimed (a retry is
     * answered before, without it) and in the placement's transaction, so what
     * it writes commits with the order or not at all; it is given the id the
     * order will have. Otherwise as
     * {@link PlaceOrderUseCase#place}.
     *
     * @param operation   what the idempotency key is used for
     * @param fingerprint the request's canonical text, to tell a retry from a different request
     */
    PlacedOrder place(Actor actor, IdempotencyKey key, String operation, String fingerprint,
                      Function<OrderId, PlaceOrderCommand> takeOrder);
}
