package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.pricing.ShippingMethod;

public interface ListShippingMethodsQuery {

    /** Staff and administrators: every method, active or not, by name. */
    Page<ShippingMethod> list(Actor actor, PageRequest page);
}
