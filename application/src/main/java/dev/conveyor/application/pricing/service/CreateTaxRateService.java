package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.CreateTaxRateUseCase;
import dev.conveyor.application.pricing.port.in.TaxRateCommand;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.PricingEvents.Change;
import dev.conveyor.domain.pricing.PricingEvents.TaxRateChanged;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;

final class CreateTaxRateService implements CreateTaxRateUseCase {

    private final PricingAdmin admin;
    private final TaxRatePort rates;

    CreateTaxRateService(PricingAdmin admin, TaxRatePort rates) {
        this.admin = admin;
        this.rates = rates;
    }

    @Override
    public TaxRate create(Actor actor, TaxRateCommand command) {
        TaxRate rate = command.toRate(TaxRateId.newId());
        return admin.change(actor, () -> {
            admin.requireCategory(rate.category());
            rates.insert(rate);
            return rate;
        }, created -> new TaxRateChanged(Change.CREATED, created, admin.now()));
    }
}
