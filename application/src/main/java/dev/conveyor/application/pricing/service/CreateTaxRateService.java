package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.CreateTaxRateUseCase;
import dev.conveyor.application.pricing.port.in.Created;
import dev.conveyor.application.pricing.port.in.TaxRateCommand;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
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
    public Created<TaxRate> create(Actor actor, TaxRateCommand command, IdempotencyKey key) {
        return admin.create(actor, key, "create-tax-rate", command.fingerprint(), id -> {
            TaxRate rate = command.toRate(new TaxRateId(id));
            admin.requireCategory(rate.category());
            rates.insert(rate);
            return rate;
        }, created -> new TaxRateChanged(Change.CREATED, created, admin.now()),
                id -> rates.findById(new TaxRateId(id)).orElseThrow(() -> PricingAdmin.notFound("tax rate", id)));
    }
}
