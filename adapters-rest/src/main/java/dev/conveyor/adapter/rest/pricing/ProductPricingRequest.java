package dev.conveyor.adapter.rest.pricing;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.domain.pricing.PricingAttributes;
import dev.conveyor.domain.pricing.TaxCategory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

@Serdeable
public record ProductPricingRequest(@Nullable @Schema(example = "reduced") String taxCategory,
                                    @Nullable @Schema(type = "integer", minimum = "0") BigDecimal weightGrams)
        implements JsonRequest {

    PricingAttributes toAttributes() {
        return new PricingAttributes(new TaxCategory(taxCategory),
                Inputs.wholeLong("weightGrams", weightGrams));
    }
}
