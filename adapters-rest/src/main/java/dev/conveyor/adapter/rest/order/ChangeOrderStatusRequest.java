package dev.conveyor.adapter.rest.order;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.domain.order.OrderStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
public record ChangeOrderStatusRequest(@Nullable @Schema(implementation = OrderStatus.class) String status,
                                       @Nullable String reason) implements JsonRequest {

    OrderStatus toStatus() {
        return Inputs.enumValue("status", status, OrderStatus.class);
    }
}
