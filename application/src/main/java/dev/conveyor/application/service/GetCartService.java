package dev.conveyor.application.service;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.port.in.CartView;
import dev.conveyor.application.port.in.GetCartQuery;

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
