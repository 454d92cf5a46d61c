package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.ShippingMethod;

public interface CreateShippingMethodUseCase {

    /**
     * Administrators.
     *
     * @throws dev.conveyor.domain.shared.InvalidInputException naming {@code taxCategory} when the store has no
     *         such category
     */
    ShippingMethod create(Actor actor, ShippingMethodCommand command);
}
