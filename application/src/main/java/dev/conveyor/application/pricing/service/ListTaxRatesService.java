package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.ListTaxRatesQuery;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.pricing.Destination;
import dev.conveyor.domain.pricing.TaxRate;

final class ListTaxRatesService implements ListTaxRatesQuery {

    private final TaxRatePort rates;

    ListTaxRatesService(TaxRatePort rates) {
        this.rates = rates;
    }

    @Override
    public Page<TaxRate> list(Actor actor, String country, PageRequest page) {
        PricingAdmin.requireReader(actor);
        return rates.list(country == null ? null : new Destination(country, null).country(), page);
    }
}
