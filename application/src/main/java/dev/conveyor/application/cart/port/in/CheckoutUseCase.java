package dev.conveyor.application.cart.port.in;

import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase.PlacedOrder;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;

public interface CheckoutUseCase {

    /**
     * Places an order of the caller's cart, exactly as {@link PlaceOrderUseCase}
     * places one (line {@code i} of the order, and of error fields
     * {@code lines[i]}, is line {@code i} of the cart), and empties the cart in
     * the same transaction. With an idempotency key, a repeated request returns
     * the order the first one created, although the cart is empty by then.
     *
     * @throws dev.conveyor.domain.shared.ConflictException CART_EMPTY, OUT_OF_STOCK, PRODUCT_UNAVAILABLE,
     *         IDEMPOTENCY_KEY_IN_USE
     * @throws dev.conveyor.application.shared.UnprocessableException IDEMPOTENCY_KEY_REUSED for a different body
     */
    PlacedOrder checkout(Actor actor, CheckoutCommand command, IdempotencyKey idempotencyKey);
}
