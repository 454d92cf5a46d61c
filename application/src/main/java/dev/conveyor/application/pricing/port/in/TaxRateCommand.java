package dev.conveyor.application.pricing.port.in;

import dev.conveyor.domain.pricing.TaxCategory;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A new tax rate, checked here as the rate it becomes. */
public record TaxRateCommand(String name, String country, String region, TaxCategory category, BigDecimal percent,
                             LocalDate validFrom, LocalDate validUntil) {

    public TaxRateCommand {
        TaxRate checked = new TaxRate(TaxRateId.newId(), name, country, region, category, percent, validFrom,
                validUntil);
        name = checked.name();
        country = checked.country();
        region = checked.region();
    }

    public TaxRate toRate(TaxRateId id) {
        return new TaxRate(id, name, country, region, category, percent, validFrom, validUntil);
    }
}
