package dev.conveyor.application.pricing.port.out;

import dev.conveyor.domain.pricing.Promotion;
import dev.conveyor.domain.pricing.TaxRate;
import java.time.Instant;
import java.util.List;

/**
 * The stored rules every priced order needs, read together: a placement asks for both on each order, and one
 * read instead of two saves it a database round trip ({@link PromotionPort} and {@link TaxRatePort} change them).
 */
public interface PricingRulesPort {

    /**
     * @return what {@link PromotionPort#automaticValidAt} and {@link TaxRatePort#forCountry} answer for these
     */
    PricingRules rulesAt(Instant at, String country);

    /** The automatic promotions active and valid at the instant, by id; every tax rate of the country, by id. */
    record PricingRules(List<Promotion> automaticPromotions, List<TaxRate> taxRates) {

        public PricingRules {
            automaticPromotions = List.copyOf(automaticPromotions);
            taxRates = List.copyOf(taxRates);
        }
    }
}
