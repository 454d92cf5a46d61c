package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;

public interface GetTaxRateQuery {

    /** Staff and administrators. */
    TaxRate get(Actor actor, TaxRateId id);
}
