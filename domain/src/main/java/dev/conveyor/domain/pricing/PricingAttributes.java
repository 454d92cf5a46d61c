package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.Check;

/** What pricing needs to know of a product beyond its price: how it is taxed and what one unit weighs. */
public record PricingAttributes(TaxCategory taxCategory, long weightGrams) {

    /** A product nobody described yet: taxed at the standard rate, weightless. */
    public static final PricingAttributes DEFAULT = new PricingAttributes(TaxCategory.STANDARD, 0);

    public static final long MAX_WEIGHT_GRAMS = 1_000_000_000L;

    public PricingAttributes {
        Check.notNull("taxCategory", taxCategory);
        Check.range("weightGrams", weightGrams, 0, MAX_WEIGHT_GRAMS);
    }
}
