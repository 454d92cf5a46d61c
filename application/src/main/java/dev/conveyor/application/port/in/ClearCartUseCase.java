package dev.conveyor.application.port.in;

import dev.conveyor.application.common.Actor;

public interface ClearCartUseCase {

    CartView clear(Actor actor);
}
