package dev.conveyor.application.service;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.port.in.CartView;
import dev.conveyor.application.port.in.RemoveFromCartUseCase;
import dev.conveyor.domain.catalog.ProductId;

final class RemoveFromCartService implements RemoveFromCartUseCase {

    private final CartEditor carts;

    RemoveFromCartService(CartEditor carts) {
        this.carts = carts;
    }

    @Override
    public CartView remove(Actor actor, ProductId productId) {
        return carts.edit(actor, (cart, now) -> cart.remove(productId, now));
    }
}
