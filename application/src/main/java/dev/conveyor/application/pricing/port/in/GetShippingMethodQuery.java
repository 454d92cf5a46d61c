package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;

public interface GetShippingMethodQuery {

    /** Staff and administrators, active or not. */
    ShippingMethod get(Actor actor, ShippingMethodId id);
}
