package dev.conveyor.application.cart.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ProductId;

public interface RemoveFromCartUseCase {

    /** @throws dev.conveyor.domain.shared.NotFoundException CART_LINE_NOT_FOUND */
    CartView remove(Actor actor, ProductId productId);
}
