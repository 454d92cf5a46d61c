package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.pricing.TaxRate;

public interface ListTaxRatesQuery {

    /** Staff and administrators: of one country (null: all), by country, region, category and start. */
    Page<TaxRate> list(Actor actor, String country, PageRequest page);
}
