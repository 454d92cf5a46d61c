package dev.conveyor.application.cart.service;

import dev.conveyor.application.cart.port.in.CartView;
import dev.conveyor.application.cart.port.in.RemoveFromCartUseCase;
import dev.conveyor.application.shared.Actor;
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
