package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.ShippingMethodsForCountryQuery;
import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.Destination;
import dev.conveyor.domain.pricing.ShippingMethod;
import java.util.List;

final class ShippingMethodsForCountryService implements ShippingMethodsForCountryQuery {

    private final ShippingMethodPort methods;

    ShippingMethodsForCountryService(ShippingMethodPort methods) {
        this.methods = methods;
    }

    @Override
    public List<ShippingMethod> forCountry(Actor actor, String country) {
        actor.requireUser();
        return methods.activeFor(new Destination(country, null).country());
    }
}
