package dev.conveyor.domain.pricing;

import dev.conveyor.domain.catalog.ProductId;
import java.util.List;

/**
 * An order's price, all amounts in minor units of {@code currency}, none negative. Per line and for
 * shipping: the amount before discount and the discount as prices are entered (gross when prices
 * include tax, net otherwise), then net, tax and gross (gross = net + tax). {@code taxes} sums net and
 * tax per rate (lines and shipping); the totals sum everything.
 */
public record PriceBreakdown(String currency, boolean pricesIncludeTax, List<Line> lines, Shipping shipping,
                             List<RateTotal> taxes, List<AppliedPromotion> promotions, Totals totals) {

    public PriceBreakdown {
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
        promotions = List.copyOf(promotions);
    }

    public record Line(ProductId productId, int quantity, long unitPrice, long subtotal, long discount,
                       long net, long tax, long gross, AppliedRate rate) {
    }

    /** The chosen method as it was when priced; {@code amount} is its charge before promotions. */
    public record Shipping(ShippingMethodId methodId, String name, String carrier, long amount, long discount,
                           long net, long tax, long gross, AppliedRate rate) {
    }

    public record RateTotal(AppliedRate rate, long net, long tax) {
    }

    public record AppliedPromotion(PromotionId id, String name, String code, long amount) {
    }

    /** {@code subtotal}: the lines before discounts; {@code discount}: lines' and shipping's. */
    public record Totals(long subtotal, long discount, long net, long tax, long gross) {
    }
}
