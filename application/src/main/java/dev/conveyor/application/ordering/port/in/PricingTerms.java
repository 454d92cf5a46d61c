package dev.conveyor.application.ordering.port.in;

import dev.conveyor.application.shared.Fingerprint;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.shared.Check;

/**
 * How the customer wants an order priced: the shipping method (none: nothing is charged for
 * shipping), a coupon code (optional) and, optionally, the gross total in minor units they saw on
 * their quote. A placement that would charge another total is refused (409 {@code PRICE_CHANGED})
 * rather than surprise them.
 */
public record PricingTerms(ShippingMethodId shippingMethodId, String couponCode, Long expectedTotal) {

    public static final PricingTerms NONE = new PricingTerms(null, null, null);

    public PricingTerms {
        couponCode = Check.optionalText("couponCode", couponCode, 40);
        if (expectedTotal != null) {
            Check.range("expectedTotal", expectedTotal, 0, Long.MAX_VALUE);
        }
    }

    /** Adds these terms to a request's fingerprint: a retry must ask for the same price. */
    public Fingerprint addTo(Fingerprint fingerprint) {
        return fingerprint.field(shippingMethodId == null ? null : shippingMethodId.toString()).field(couponCode)
                .field(expectedTotal == null ? null : expectedTotal.toString());
    }
}
