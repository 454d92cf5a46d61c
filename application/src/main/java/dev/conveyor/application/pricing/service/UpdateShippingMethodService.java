package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.ShippingMethodCommand;
import dev.conveyor.application.pricing.port.in.UpdateShippingMethodUseCase;
import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.PricingEvents.Change;
import dev.conveyor.domain.pricing.PricingEvents.ShippingMethodChanged;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;

final class UpdateShippingMethodService implements UpdateShippingMethodUseCase {

    private final PricingAdmin admin;
    private final ShippingMethodPort methods;

    UpdateShippingMethodService(PricingAdmin admin, ShippingMethodPort methods) {
        this.admin = admin;
        this.methods = methods;
    }

    @Override
    public ShippingMethod update(Actor actor, ShippingMethodId id, ShippingMethodCommand command) {
        ShippingMethod updated = command.toMethod(id);
        return admin.change(actor, () -> {
            methods.findById(id).orElseThrow(() -> PricingAdmin.notFound("shipping method", id));
            admin.requireCategory(updated.taxCategory());
            methods.update(updated);
            return updated;
        }, method -> new ShippingMethodChanged(Change.UPDATED, method, admin.now()));
    }
}
