package dev.conveyor.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromotionTest {

    private static final Instant AT = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void onlyCouponsHaveUsageLimits() {
        InvalidInputException total = assertThrows(InvalidInputException.class,
                () -> promotion(null, new UsageLimits(10, null), true));
        assertEquals("usageLimit", total.field());
        InvalidInputException perCustomer = assertThrows(InvalidInputException.class,
                () -> promotion(null, new UsageLimits(null, 1), true));
        assertEquals("perCustomerLimit", perCustomer.field());
        assertEquals(new UsageLimits(10, 1), promotion("spring", new UsageLimits(10, 1), true).limits());

        InvalidInputException zero = assertThrows(InvalidInputException.class, () -> new UsageLimits(0, null));
        assertEquals("usageLimit", zero.field());
    }

    @Test
    void anInactivePromotionIsNotValidAndAnInactiveCouponIsRefused() {
        assertTrue(promotion("spring", UsageLimits.NONE, true).validAt(AT));
        Promotion inactive = promotion("spring", UsageLimits.NONE, false);
        assertFalse(inactive.validAt(AT));

        PricingLine line = new PricingLine(ProductId.newId(), "wear", TaxCategory.STANDARD, 1000, 1, 0);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Pricing.price(
                new PricingRequest("EUR", true, List.of(line), new Destination("DE", null), AT, List.of(), null,
                        List.of(inactive))));
        assertEquals("couponCode", refused.field());

        PriceBreakdown withoutAutomatic = Pricing.price(new PricingRequest("EUR", true, List.of(line),
                new Destination("DE", null), AT, List.of(), null, List.of(promotion(null, UsageLimits.NONE, false))));
        assertEquals(0, withoutAutomatic.totals().discount());
    }

    private static Promotion promotion(String code, UsageLimits limits, boolean active) {
        return new Promotion(PromotionId.newId(), "Spring", code, new Discount.Percentage(BigDecimal.TEN),
                new PromotionTarget.WholeOrder(), 0, null, null, limits, active);
    }
}
