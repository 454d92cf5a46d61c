package dev.conveyor.application.cart.port.in;

import dev.conveyor.application.shared.Actor;

public interface ClearCartUseCase {

    CartView clear(Actor actor);
}
