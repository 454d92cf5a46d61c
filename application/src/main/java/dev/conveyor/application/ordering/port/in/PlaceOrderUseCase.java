package dev.conveyor.application.ordering.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.OrderView;

public interface PlaceOrderUseCase {

    /**
     * Reserves stock and creates a pending order, all or nothing. With an
     * idempotency key, a repeated request returns the order the first one
     * created instead of placing another.
     *
     * @param idempotencyKey null when the client sent none
     * @throws dev.conveyor.domain.shared.ConflictException OUT_OF_STOCK, PRODUCT_UNAVAILABLE, IDEMPOTENCY_KEY_IN_USE
     * @throws dev.conveyor.application.shared.UnprocessableException IDEMPOTENCY_KEY_REUSED for a different body
     */
    PlacedOrder place(Actor actor, PlaceOrderCommand command, IdempotencyKey idempotencyKey);

    /** @param replayed true when an earlier request with the same key created the order */
    record PlacedOrder(OrderView order, boolean replayed) {
    }
}
