package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.CreateShippingMethodUseCase;
import dev.conveyor.application.pricing.port.in.Created;
import dev.conveyor.application.pricing.port.in.ShippingMethodCommand;
import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.pricing.PricingEvents.Change;
import dev.conveyor.domain.pricing.PricingEvents.ShippingMethodChanged;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;

final class CreateShippingMethodService implements CreateShippingMethodUseCase {

    private final PricingAdmin admin;
    private final ShippingMethodPort methods;

    CreateShippingMethodService(PricingAdmin admin, ShippingMethodPort methods) {
        this.admin = admin;
        this.methods = methods;
    }

    @Override
    public Created<ShippingMethod> create(Actor actor, ShippingMethodCommand command, IdempotencyKey key) {
        return admin.create(actor, key, "create-shipping-method", command.fingerprint(), id -> {
            ShippingMethod method = command.toMethod(new ShippingMethodId(id));
            admin.requireCategory(method.taxCategory());
            methods.insert(method);
            return method;
        }, created -> new ShippingMethodChanged(Change.CREATED, created, admin.now()),
                id -> methods.findById(new ShippingMethodId(id))
                        .orElseThrow(() -> PricingAdmin.notFound("shipping method", id)));
    }
}
