package dev.conveyor.adapter.rest.catalog;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.domain.catalog.StockAdjustment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * @param kind     RESTOCK adds {@code quantity} units; CORRECTION sets the counted units on hand
 * @param quantity units
 * @param reason   why, for the stock history
 */
@Serdeable
public record StockAdjustmentRequest(@Nullable @Schema(implementation = StockAdjustment.Kind.class) String kind,
                                     @Nullable @Schema(type = "integer") BigDecimal quantity,
                                     @Nullable String reason) implements JsonRequest {

    StockAdjustment.Request toRequest() {
        return new StockAdjustment.Request(Inputs.enumValue("kind", kind, StockAdjustment.Kind.class),
                Inputs.wholeInt("quantity", quantity), reason);
    }
}
