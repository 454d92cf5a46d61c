package dev.conveyor.application.cart.service;

import dev.conveyor.application.cart.port.in.CartView;
import dev.conveyor.application.cart.port.in.ClearCartUseCase;
import dev.conveyor.application.shared.Actor;
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
