package dev.conveyor.domain.pricing;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.Check;

/** A line to price: its product (and catalogue category, for promotions), tax category, unit price as entered, quantity and unit weight. */
public record PricingLine(ProductId productId, String category, TaxCategory taxCategory, long unitPriceMinor,
                          int quantity, long unitWeightGrams) {

    public PricingLine {
        Check.notNull("productId", productId);
        Check.notNull("category", category);
        Check.notNull("taxCategory", taxCategory);
        Check.range("unitPrice", unitPriceMinor, 0, Long.MAX_VALUE);
        Check.range("quantity", quantity, 1, Integer.MAX_VALUE);
        Check.range("weightGrams", unitWeightGrams, 0, Long.MAX_VALUE);
    }

    long subtotal() {
        return Math.multiplyExact(unitPriceMinor, quantity);
    }

    long weightGrams() {
        return Math.multiplyExact(unitWeightGrams, quantity);
    }
}
