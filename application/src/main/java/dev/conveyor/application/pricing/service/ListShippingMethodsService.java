package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.ListShippingMethodsQuery;
import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.pricing.ShippingMethod;

final class ListShippingMethodsService implements ListShippingMethodsQuery {

    private final ShippingMethodPort methods;

    ListShippingMethodsService(ShippingMethodPort methods) {
        this.methods = methods;
    }

    @Override
    public Page<ShippingMethod> list(Actor actor, PageRequest page) {
        PricingAdmin.requireReader(actor);
        return methods.list(page);
    }
}
