package dev.conveyor.application.cart.service;

import dev.conveyor.application.cart.port.in.CartView;
import dev.conveyor.application.cart.port.in.GetCartQuery;
import dev.conveyor.application.shared.Actor;

final class GetCartService implements GetCartQuery {

    private final CartEditor carts;

    GetCartService(CartEditor carts) {
        this.carts = carts;
    }

    @Override
    public CartView get(Actor actor) {
        return carts.show(actor);
    }
}
