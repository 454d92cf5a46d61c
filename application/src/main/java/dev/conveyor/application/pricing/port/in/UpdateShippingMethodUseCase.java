package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;

public interface UpdateShippingMethodUseCase {

    /** Administrators: orders placed before keep the method's name and charge as they were copied. */
    ShippingMethod update(Actor actor, ShippingMethodId id, ShippingMethodCommand command);
}
