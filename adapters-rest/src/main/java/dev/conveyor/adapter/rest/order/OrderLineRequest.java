package dev.conveyor.adapter.rest.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

@Serdeable
public record OrderLineRequest(@Nullable @Schema(format = "uuid") String productId,
                               @Nullable @Schema(type = "integer") BigDecimal quantity) {
}
