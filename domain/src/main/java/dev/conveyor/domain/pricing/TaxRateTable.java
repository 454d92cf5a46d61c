package dev.conveyor.domain.pricing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the rate in force for a category at a destination on a day: a rate for the destination's
 * region wins over one for the whole country; among equals, the one that started last (a rate change
 * entered without closing the old rate takes over on its first day), then the highest id.
 */
final class TaxRateTable {

    private static final Comparator<TaxRate> PREFERENCE = Comparator
            .comparing((TaxRate rate) -> rate.region() != null)
            .thenComparing(TaxRate::validFrom)
            .thenComparing(TaxRate::id);

    private final List<TaxRate> rates;

    TaxRateTable(List<TaxRate> rates) {
        this.rates = List.copyOf(rates);
    }

    Optional<TaxRate> inForce(Destination destination, TaxCategory category, LocalDate day) {
        return rates.stream()
                .filter(rate -> rate.appliesTo(destination, category, day))
                .max(PREFERENCE);
    }
}
