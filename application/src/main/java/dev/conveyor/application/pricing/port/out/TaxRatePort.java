package dev.conveyor.application.pricing.port.out;

import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The configured tax rates. A rate is never edited: it is closed, and a new one takes over. */
public interface TaxRatePort {

    void insert(TaxRate rate);

    /** Every rate of the country: all its regions, categories and periods (pricing picks the one in force). */
    List<TaxRate> forCountry(String country);

    Optional<TaxRate> findById(TaxRateId id);

    /** By country, region, category, then start; {@code country} null for every country. */
    Page<TaxRate> list(String country, PageRequest page);

    /** Sets the rate's end (exclusive); the caller checked it is after its start. */
    void close(TaxRateId id, LocalDate validUntil);
}
