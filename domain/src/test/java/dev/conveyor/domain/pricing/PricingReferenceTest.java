package dev.conveyor.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Orders priced by hand: every expected figure below is worked out in the comments, not by the code. */
class PricingReferenceTest {

    private static final Instant AT = Instant.parse("2026-06-01T10:00:00Z");
    private static final ProductId SHIRT = new ProductId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    private static final ProductId BOOK = new ProductId(UUID.fromString("00000000-0000-7000-8000-000000000002"));
    private static final TaxRate DE_STANDARD = rate("DE", null, TaxCategory.STANDARD, "19", "VAT 19 %");
    private static final TaxRate DE_REDUCED = rate("DE", null, TaxCategory.REDUCED, "7", "VAT 7 %");
    private static final TaxRate NY = rate("US", "NY", TaxCategory.STANDARD, "8.875", "New York City sales tax");
    private static final TaxRate CA = rate("US", "CA", TaxCategory.STANDARD, "7.25", "California sales tax");
    private static final ShippingMethod DHL = new ShippingMethod(ShippingMethodId.newId(), "Parcel", "DHL", "EUR",
            Set.of("DE", "AT"), new ShippingRule.Flat(490), 5000L, TaxCategory.STANDARD, true);

    /**
     * Germany, prices entered gross. Shirt 12.99 × 2 = 25.98 (19 %), book 4.49 × 3 = 13.47 (7 %);
     * subtotal 39.45. Coupon 10 %: 3.945, half up 3.95, pro rata: shirt 3.95 × 25.98 / 39.45 = 2.6012…
     * → 2.60, book 3.95 × 13.47 / 39.45 = 1.3487… → 1.34, the cent left goes to the larger line:
     * shirt 2.61, book 1.34.
     * Shirt 25.98 - 2.61 = 23.37 gross; tax 23.37 × 19 / 119 = 3.7313… → 3.73; net 19.64.
     * Book 13.47 - 1.34 = 12.13 gross; tax 12.13 × 7 / 107 = 0.7935… → 0.79; net 11.34.
     * Shipping 4.90 flat (the discounted subtotal 35.50 is under the free-shipping 50.00), standard
     * rate: tax 4.90 × 19 / 119 = 0.7823… → 0.78; net 4.12.
     * Order: net 19.64 + 11.34 + 4.12 = 35.10; tax 3.73 + 0.79 + 0.78 = 5.30; gross 40.40
     * (= 23.37 + 12.13 + 4.90). Per rate: 19 % net 23.76 tax 4.51; 7 % net 11.34 tax 0.79.
     */
    @Test
    void euVatWithTwoRatesACouponAndShippingDeliveredInTwoParts() {
        Promotion coupon = new Promotion(PromotionId.newId(), "Ten off", "save10",
                new Discount.Percentage(new BigDecimal("10")), new PromotionTarget.WholeOrder(), 0, null, null, UsageLimits.NONE, true);

        PriceBreakdown price = Pricing.price(new PricingRequest("EUR", true,
                List.of(line(SHIRT, TaxCategory.STANDARD, 1299, 2), line(BOOK, TaxCategory.REDUCED, 449, 3)),
                new Destination("DE", null), AT, List.of(DE_STANDARD, DE_REDUCED, NY), DHL, List.of(coupon)));

        assertEquals(new PriceBreakdown.Line(SHIRT, 2, 1299, 2598, 261, 1964, 373, 2337, AppliedRate.of(DE_STANDARD)),
                price.lines().get(0));
        assertEquals(new PriceBreakdown.Line(BOOK, 3, 449, 1347, 134, 1134, 79, 1213, AppliedRate.of(DE_REDUCED)),
                price.lines().get(1));
        assertEquals(new PriceBreakdown.Shipping(DHL.id(), "Parcel", "DHL", 490, 0, 412, 78, 490,
                AppliedRate.of(DE_STANDARD)), price.shipping());
        assertEquals(List.of(new PriceBreakdown.RateTotal(AppliedRate.of(DE_STANDARD), 2376, 451),
                new PriceBreakdown.RateTotal(AppliedRate.of(DE_REDUCED), 1134, 79)), price.taxes());
        assertEquals(List.of(new PriceBreakdown.AppliedPromotion(coupon.id(), "Ten off", "SAVE10", 395)),
                price.promotions());
        assertEquals(new PriceBreakdown.Totals(3945, 395, 3510, 530, 4040), price.totals());

        // First delivery: one shirt, two books, and the shipping charge.
        // Shirt: net floor(19.64 × 1/2) = 9.82, tax floor(3.73 × 1/2) = 1.86.
        // Book: net floor(11.34 × 2/3) = 7.56, tax floor(0.79 × 2/3) = 0.52.
        // Net 9.82 + 7.56 + 4.12 = 21.50; tax 1.86 + 0.52 + 0.78 = 3.16; gross 24.66.
        InvoiceShare first = InvoiceShare.of(price, Map.of(), Map.of(0, 1, 1, 2), true);
        assertEquals(List.of(new InvoiceShare.Line(0, 1, 982, 186, 1168, AppliedRate.of(DE_STANDARD)),
                        new InvoiceShare.Line(1, 2, 756, 52, 808, AppliedRate.of(DE_REDUCED))),
                first.lines());
        assertEquals(List.of(2150L, 316L, 2466L), List.of(first.net(), first.tax(), first.gross()));
        assertEquals(List.of(new PriceBreakdown.RateTotal(AppliedRate.of(DE_STANDARD), 1394, 264),
                new PriceBreakdown.RateTotal(AppliedRate.of(DE_REDUCED), 756, 52)), first.taxes());

        // Second delivery: the rest. Shirt net 19.64 - 9.82 = 9.82, tax 3.73 - 1.86 = 1.87;
        // book net 11.34 - 7.56 = 3.78, tax 0.79 - 0.52 = 0.27. Net 13.60, tax 2.14, gross 15.74;
        // with the first invoice 24.66 + 15.74 = 40.40, the order's gross.
        InvoiceShare second = InvoiceShare.of(price, Map.of(0, 1, 1, 2), Map.of(0, 1, 1, 1), false);
        assertEquals(List.of(new InvoiceShare.Line(0, 1, 982, 187, 1169, AppliedRate.of(DE_STANDARD)),
                        new InvoiceShare.Line(1, 1, 378, 27, 405, AppliedRate.of(DE_REDUCED))),
                second.lines());
        assertNull(second.shipping());
        assertEquals(List.of(1360L, 214L, 1574L), List.of(second.net(), second.tax(), second.gross()));
    }

    /**
     * New York City, prices entered net, tax by region. Shirt 19.99 × 3 = 59.97 at 8.875 %:
     * 5.3223… → 5.32, gross 65.29. Book 3.50 × 2 = 7.00, exempt (no rate): no tax. Shipping 1.00 per
     * item × 5 = 5.00 at the standard rate: 0.44375 → 0.44, gross 5.44. The California rate is not in force
     * in New York. Net 59.97 + 7.00 + 5.00 = 71.97; tax 5.32 + 0.44 = 5.76; gross 77.73.
     */
    @Test
    void usStyleNetPricesTaxedByRegion() {
        ShippingMethod ups = new ShippingMethod(ShippingMethodId.newId(), "Ground", "UPS", "USD", Set.of("US"),
                new ShippingRule.PerItem(100), null, TaxCategory.STANDARD, true);

        PriceBreakdown price = Pricing.price(new PricingRequest("USD", false,
                List.of(line(SHIRT, TaxCategory.STANDARD, 1999, 3), line(BOOK, TaxCategory.EXEMPT, 350, 2)),
                new Destination("US", "ny"), AT, List.of(CA, NY, DE_STANDARD), ups, List.of()));

        assertEquals(new PriceBreakdown.Line(SHIRT, 3, 1999, 5997, 0, 5997, 532, 6529, AppliedRate.of(NY)),
                price.lines().get(0));
        assertEquals(new PriceBreakdown.Line(BOOK, 2, 350, 700, 0, 700, 0, 700, AppliedRate.NONE), price.lines().get(1));
        assertEquals(new PriceBreakdown.Shipping(ups.id(), "Ground", "UPS", 500, 0, 500, 44, 544, AppliedRate.of(NY)),
                price.shipping());
        assertEquals(List.of(new PriceBreakdown.RateTotal(AppliedRate.of(NY), 6497, 576),
                new PriceBreakdown.RateTotal(AppliedRate.NONE, 700, 0)), price.taxes());
        assertEquals(new PriceBreakdown.Totals(6697, 0, 7197, 576, 7773), price.totals());
    }

    /**
     * Automatic free shipping from 30.00. Three shirts, 12.99 × 3 = 38.97 gross: tax 38.97 × 19 / 119 =
     * 6.2221… → 6.22, net 32.75. Shipping 4.90, all of it discounted: net, tax and gross 0. Totals:
     * subtotal 38.97, discount 4.90, net 32.75, tax 6.22, gross 38.97. Two shirts (25.98) stay under
     * the minimum: shipping 4.90 is charged, gross 25.98 + 4.90 = 30.88.
     */
    @Test
    void freeShippingPromotion() {
        Promotion freeShipping = new Promotion(PromotionId.newId(), "Free shipping from 30", null,
                new Discount.FreeShipping(), new PromotionTarget.WholeOrder(), 3000, null, null, UsageLimits.NONE, true);

        PriceBreakdown three = Pricing.price(new PricingRequest("EUR", true,
                List.of(line(SHIRT, TaxCategory.STANDARD, 1299, 3)), new Destination("DE", null), AT,
                List.of(DE_STANDARD), DHL, List.of(freeShipping)));
        PriceBreakdown two = Pricing.price(new PricingRequest("EUR", true,
                List.of(line(SHIRT, TaxCategory.STANDARD, 1299, 2)), new Destination("DE", null), AT,
                List.of(DE_STANDARD), DHL, List.of(freeShipping)));

        assertEquals(new PriceBreakdown.Shipping(DHL.id(), "Parcel", "DHL", 490, 490, 0, 0, 0,
                AppliedRate.of(DE_STANDARD)), three.shipping());
        assertEquals(List.of(new PriceBreakdown.AppliedPromotion(freeShipping.id(), "Free shipping from 30", null, 490)),
                three.promotions());
        assertEquals(new PriceBreakdown.Totals(3897, 490, 3275, 622, 3897), three.totals());
        assertEquals(List.of(), two.promotions());
        assertEquals(3088, two.totals().gross());
    }

    /**
     * Prices entered net at 10 %: 1.25 carries a tax of exactly 0.125 and 0.05 one of 0.005; half up
     * makes them 0.13 and 0.01 (half-even would have given 0.12 and 0.00). 1.35 carries 0.135 → 0.14.
     */
    @Test
    void taxOfExactlyHalfAMinorUnitRoundsUp() {
        TaxRate ten = rate("FR", null, TaxCategory.STANDARD, "10", "TVA 10 %");
        PriceBreakdown price = Pricing.price(new PricingRequest("EUR", false,
                List.of(line(SHIRT, TaxCategory.STANDARD, 125, 1), line(BOOK, TaxCategory.STANDARD, 5, 1),
                        line(SHIRT, TaxCategory.STANDARD, 135, 1)),
                new Destination("FR", null), AT, List.of(ten), null, List.of()));

        assertEquals(List.of(13L, 1L, 14L), price.lines().stream().map(PriceBreakdown.Line::tax).toList());
        assertEquals(new PriceBreakdown.Totals(265, 0, 265, 28, 293), price.totals());
        assertNull(price.shipping());
    }

    /** Weight bands: 3 × 0.5 kg + 3 × 0.25 kg = 2.25 kg falls in the band up to 5 kg (6.90). */
    @Test
    void weightBandsPriceByTheParcelsWeightAndRefuseWhatNoBandCarries() {
        ShippingMethod bands = new ShippingMethod(ShippingMethodId.newId(), "Heavy", "DPD", "EUR", Set.of("DE"),
                new ShippingRule.WeightBands(List.of(new ShippingRule.WeightBand(2000, 490),
                        new ShippingRule.WeightBand(5000, 690))), null, TaxCategory.STANDARD, true);
        List<PricingLine> lines = List.of(new PricingLine(SHIRT, "wear", TaxCategory.STANDARD, 1000, 3, 500),
                new PricingLine(BOOK, "books", TaxCategory.REDUCED, 1000, 3, 250));

        PriceBreakdown price = Pricing.price(new PricingRequest("EUR", true, lines, new Destination("DE", null),
                AT, List.of(), bands, List.of()));
        assertEquals(690, price.shipping().amount());

        List<PricingLine> heavy = List.of(new PricingLine(SHIRT, "wear", TaxCategory.STANDARD, 1000, 11, 500));
        InvalidInputException tooHeavy = assertThrows(InvalidInputException.class, () -> Pricing.price(
                new PricingRequest("EUR", true, heavy, new Destination("DE", null), AT, List.of(), bands, List.of())));
        assertEquals("shippingMethodId", tooHeavy.field());
    }

    @Test
    void aMethodThatDoesNotServeTheDestinationIsRefusedNamingTheField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Pricing.price(
                new PricingRequest("EUR", true, List.of(line(SHIRT, TaxCategory.STANDARD, 100, 1)),
                        new Destination("FR", null), AT, List.of(), DHL, List.of())));
        assertEquals("shippingMethodId", refused.field());
    }

    /**
     * Stacking: 20 % on books first (books 10.00 → 2.00 off), then 5.00 off the subtotal on what is
     * left (shirt 10.00, books 8.00: 5.00 × 10/18 = 2.77… → 2.77 and 2.22, the cent left to the shirt:
     * 2.78 and 2.22). A coupon under its minimum is refused naming the field.
     */
    @Test
    void targetedPromotionsApplyBeforeThoseOnTheSubtotalAndACouponUnderItsMinimumIsRefused() {
        Promotion fiveOff = new Promotion(PromotionId.newId(), "Five off", null, new Discount.FixedAmount(500),
                new PromotionTarget.WholeOrder(), 0, null, null, UsageLimits.NONE, true);
        Promotion books = new Promotion(PromotionId.newId(), "Books 20 %", null,
                new Discount.Percentage(new BigDecimal("20")), new PromotionTarget.Categories(Set.of("books")), 0,
                AT.minusSeconds(60), AT.plusSeconds(60), UsageLimits.NONE, true);
        List<PricingLine> lines = List.of(new PricingLine(SHIRT, "wear", TaxCategory.ZERO, 1000, 1, 0),
                new PricingLine(BOOK, "books", TaxCategory.ZERO, 1000, 1, 0));

        PriceBreakdown price = Pricing.price(new PricingRequest("EUR", true, lines, new Destination("DE", null),
                AT, List.of(), null, List.of(fiveOff, books)));

        assertEquals(List.of(278L, 422L), price.lines().stream().map(PriceBreakdown.Line::discount).toList());
        assertEquals(List.of(books.id(), fiveOff.id()),
                price.promotions().stream().map(PriceBreakdown.AppliedPromotion::id).toList());

        Promotion big = new Promotion(PromotionId.newId(), "Big spender", "BIG", new Discount.FixedAmount(100),
                new PromotionTarget.WholeOrder(), 5000, null, null, UsageLimits.NONE, true);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Pricing.price(
                new PricingRequest("EUR", true, lines, new Destination("DE", null), AT, List.of(), null, List.of(big))));
        assertEquals("couponCode", refused.field());
    }

    private static PricingLine line(ProductId product, TaxCategory category, long unitPrice, int quantity) {
        return new PricingLine(product, category.code(), category, unitPrice, quantity, product == SHIRT ? 500 : 250);
    }

    private static TaxRate rate(String country, String region, TaxCategory category, String percent, String name) {
        return new TaxRate(TaxRateId.newId(), name, country, region, category, new BigDecimal(percent),
                LocalDate.of(2020, 1, 1), null);
    }
}
