package dev.conveyor.application.cart.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ProductId;

public interface AddToCartUseCase {

    /**
     * Adds units of an active product to the caller's cart, to its line if it has one.
     *
     * @throws dev.conveyor.domain.shared.NotFoundException PRODUCT_NOT_FOUND for an unknown or inactive product
     * @throws dev.conveyor.application.shared.LineRejectedException OUT_OF_STOCK when the cart would then hold
     *         more than is available
     * @throws dev.conveyor.domain.shared.ConflictException CART_FULL
     */
    CartView add(Actor actor, ProductId productId, int quantity);
}
