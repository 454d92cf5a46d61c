package dev.conveyor.domain.pricing;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.Set;

/** Which lines a percentage or fixed discount applies to. */
public sealed interface PromotionTarget {

    boolean covers(PricingLine line);

    /** Every line: a discount on the subtotal. */
    record WholeOrder() implements PromotionTarget {

        @Override
        public boolean covers(PricingLine line) {
            return true;
        }
    }

    record Products(Set<ProductId> productIds) implements PromotionTarget {

        public Products {
            productIds = Set.copyOf(Check.notNull("productIds", productIds));
            if (productIds.isEmpty()) {
                throw new InvalidInputException("productIds", "productIds must name at least one product");
            }
        }

        @Override
        public boolean covers(PricingLine line) {
            return productIds.contains(line.productId());
        }
    }

    /** Products of these catalogue categories (compared as written). */
    record Categories(Set<String> categories) implements PromotionTarget {

        public Categories {
            categories = Set.copyOf(Check.notNull("categories", categories));
            if (categories.isEmpty()) {
                throw new InvalidInputException("categories", "categories must name at least one category");
            }
        }

        @Override
        public boolean covers(PricingLine line) {
            return categories.contains(line.category());
        }
    }
}
