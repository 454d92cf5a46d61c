package dev.conveyor.application.service;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.port.in.CartView;
import dev.conveyor.application.port.in.ClearCartUseCase;
import dev.conveyor.domain.cart.Cart;

final class ClearCartService implements ClearCartUseCase {

    private final CartEditor carts;

    ClearCartService(CartEditor carts) {
        this.carts = carts;
    }

    @Override
    public CartView clear(Actor actor) {
        return carts.edit(actor, Cart::clear);
    }
}
