package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.DeactivateShippingMethodUseCase;
import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.PricingEvents.Change;
import dev.conveyor.domain.pricing.PricingEvents.ShippingMethodChanged;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;

/** Deactivating an inactive method changes nothing and records nothing. */
final class DeactivateShippingMethodService implements DeactivateShippingMethodUseCase {

    private final PricingAdmin admin;
    private final ShippingMethodPort methods;

    DeactivateShippingMethodService(PricingAdmin admin, ShippingMethodPort methods) {
        this.admin = admin;
        this.methods = methods;
    }

    @Override
    public ShippingMethod deactivate(Actor actor, ShippingMethodId id) {
        boolean[] changed = new boolean[1];
        return admin.change(actor, () -> {
            ShippingMethod method = methods.findById(id)
                    .orElseThrow(() -> PricingAdmin.notFound("shipping method", id));
            if (!method.active()) {
                return method;
            }
            methods.update(method.deactivated());
            changed[0] = true;
            return method.deactivated();
        }, method -> changed[0] ? new ShippingMethodChanged(Change.DEACTIVATED, method, admin.now()) : null);
    }
}
