package dev.conveyor.adapter.rest.pricing;

import dev.conveyor.domain.pricing.PricingAttributes;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ProductPricingResponse(String taxCategory, long weightGrams) {

    static ProductPricingResponse of(PricingAttributes attributes) {
        return new ProductPricingResponse(attributes.taxCategory().code(), attributes.weightGrams());
    }
}
