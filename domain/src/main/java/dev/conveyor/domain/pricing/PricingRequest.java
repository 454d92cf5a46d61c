package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.List;

/**
 * Everything a price depends on. {@code pricesIncludeTax} says how the store enters prices (and
 * shipping charges and fixed discounts): gross (EU style) or net (US style). {@code rates} may hold
 * rates of any destination, category and period; the pricing picks those in force. The shipping
 * method is optional (none: nothing is charged for shipping); the promotions are the automatic ones
 * plus at most one coupon, the pricing keeps those that apply.
 */
public record PricingRequest(String currency, boolean pricesIncludeTax, List<PricingLine> lines,
                             Destination destination, Instant at, List<TaxRate> rates,
                             ShippingMethod shippingMethod, List<Promotion> promotions) {

    public PricingRequest {
        Check.notNull("currency", currency);
        lines = List.copyOf(Check.notNull("lines", lines));
        if (lines.isEmpty()) {
            throw new InvalidInputException("lines", "lines must hold at least one line");
        }
        Check.notNull("destination", destination);
        Check.notNull("at", at);
        rates = List.copyOf(Check.notNull("rates", rates));
        promotions = List.copyOf(Check.notNull("promotions", promotions));
        if (promotions.stream().filter(Promotion::isCoupon).count() > 1) {
            throw new InvalidInputException("couponCode", "an order takes at most one coupon");
        }
    }
}
