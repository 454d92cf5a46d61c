package dev.conveyor.adapter.rest.order;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.application.ordering.port.in.PricingTerms;
import dev.conveyor.domain.pricing.ShippingMethodId;
import java.math.BigDecimal;
import java.util.UUID;

/** The pricing fields an order placement and a checkout share, read and checked once. */
public final class PricingTermsInput {

    private PricingTermsInput() {
    }

    public static PricingTerms of(String shippingMethodId, String couponCode, BigDecimal expectedTotal) {
        UUID method = Inputs.optionalUuid("shippingMethodId", shippingMethodId);
        return new PricingTerms(method == null ? null : new ShippingMethodId(method), couponCode,
                expectedTotal == null ? null : Inputs.wholeLong("expectedTotal", expectedTotal));
    }
}
