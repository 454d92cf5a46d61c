package dev.conveyor.adapter.rest.cart;

import dev.conveyor.adapter.rest.web.JsonRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

@Serdeable
public record ChangeCartLineRequest(@Nullable @Schema(type = "integer") BigDecimal quantity) implements JsonRequest {
}
