package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.GetTaxRateQuery;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;

final class GetTaxRateService implements GetTaxRateQuery {

    private final TaxRatePort rates;

    GetTaxRateService(TaxRatePort rates) {
        this.rates = rates;
    }

    @Override
    public TaxRate get(Actor actor, TaxRateId id) {
        PricingAdmin.requireReader(actor);
        return rates.findById(id).orElseThrow(() -> PricingAdmin.notFound("tax rate", id));
    }
}
