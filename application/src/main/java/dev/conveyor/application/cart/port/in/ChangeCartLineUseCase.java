package dev.conveyor.application.cart.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ProductId;

public interface ChangeCartLineUseCase {

    /**
     * Sets how many units of a product the caller's cart holds.
     *
     * @throws dev.conveyor.domain.shared.NotFoundException CART_LINE_NOT_FOUND
     * @throws dev.conveyor.application.shared.LineRejectedException OUT_OF_STOCK or PRODUCT_UNAVAILABLE
     */
    CartView changeQuantity(Actor actor, ProductId productId, int quantity);
}
