package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Fingerprint;
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

    /** The command's canonical text, to recognise retries. */
    public String fingerprint() {
        return new Fingerprint().field(name).field(country).field(region).field(category.code())
                .field(percent.stripTrailingZeros().toPlainString()).field(validFrom.toString())
                .field(validUntil == null ? null : validUntil.toString()).toString();
    }

    public TaxRate toRate(TaxRateId id) {
        return new TaxRate(id, name, country, region, category, percent, validFrom, validUntil);
    }
}
