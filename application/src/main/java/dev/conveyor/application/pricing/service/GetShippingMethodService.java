package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.GetShippingMethodQuery;
import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;

final class GetShippingMethodService implements GetShippingMethodQuery {

    private final ShippingMethodPort methods;

    GetShippingMethodService(ShippingMethodPort methods) {
        this.methods = methods;
    }

    @Override
    public ShippingMethod get(Actor actor, ShippingMethodId id) {
        PricingAdmin.requireReader(actor);
        return methods.findById(id).orElseThrow(() -> PricingAdmin.notFound("shipping method", id));
    }
}
