package dev.conveyor.application.pricing.port.out;

import dev.conveyor.domain.pricing.TaxRate;
import java.util.List;

/** The configured tax rates. */
public interface TaxRatePort {

    void insert(TaxRate rate);

    /** Every rate of the country: all its regions, categories and periods (pricing picks the one in force). */
    List<TaxRate> forCountry(String country);
}
