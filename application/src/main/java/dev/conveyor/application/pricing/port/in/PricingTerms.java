package dev.conveyor.application.pricing.port.in;

import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.user.UserId;

/**
 * What an order's price depends on besides its lines: where it goes, optionally how, an optional coupon code and
 * the customer when known. Pricing reads the stored rules for these before the lines are known
 * ({@link PriceOrderQuery#pricerFor}).
 */
public record PricingTerms(Address shippingAddress, ShippingMethodId shippingMethodId, String couponCode,
                           UserId customer) {

    public PricingTerms {
        Check.notNull("shippingAddress", shippingAddress);
        couponCode = PriceOrderCommand.couponCode(couponCode);
    }
}
