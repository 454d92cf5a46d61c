package dev.conveyor.application.cart.port.in;

import dev.conveyor.application.shared.Actor;

public interface GetCartQuery {

    /** The caller's cart (empty if they never filled one), with today's prices and stock. */
    CartView get(Actor actor);
}
