package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A tax rate in force for one category at a destination: a whole country, or one of its regions
 * (a US state), from {@code validFrom} (inclusive) to {@code validUntil} (exclusive; null while no end
 * is known). Days are UTC days. The percent has at most four decimals (8.875 % is New York City's).
 */
public record TaxRate(TaxRateId id, String name, String country, String region, TaxCategory category,
                      BigDecimal percent, LocalDate validFrom, LocalDate validUntil) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TaxRate {
        Check.notNull("id", id);
        name = Check.text("name", name, 100);
        country = Check.matches("country",
                Check.text("country", country, 2).toUpperCase(Locale.ROOT), Destination.COUNTRY,
                "a two-letter ISO 3166 country code");
        region = Destination.regionCode(region);
        Check.notNull("category", category);
        Check.notNull("percent", percent);
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > 4) {
            throw new InvalidInputException("percent", "percent must be between 0 and 100 with at most four decimals");
        }
        percent = Discount.Percentage.plain(percent);
        Check.notNull("validFrom", validFrom);
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new InvalidInputException("validUntil", "validUntil must be after validFrom");
        }
    }

    /** The same rate, ending on {@code until} (exclusive). */
    public TaxRate closed(LocalDate until) {
        return new TaxRate(id, name, country, region, category, percent, validFrom, Check.notNull("validUntil", until));
    }

    boolean appliesTo(Destination destination, TaxCategory taxCategory, LocalDate day) {
        return country.equals(destination.country())
                && (region == null || region.equals(destination.region()))
                && category.equals(taxCategory)
                && !day.isBefore(validFrom)
                && (validUntil == null || day.isBefore(validUntil));
    }
}
