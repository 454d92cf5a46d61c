package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;

public interface DeactivateShippingMethodUseCase {

    /** Administrators: no longer offered nor accepted for new orders; it stays stored, since orders name it. */
    ShippingMethod deactivate(Actor actor, ShippingMethodId id);
}
