package dev.conveyor.adapter.rest.order;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.fulfilment.port.in.StatusShortcutUseCase.Shortcut;
import dev.conveyor.domain.order.OrderStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;

@Serdeable
public record ChangeOrderStatusRequest(@Nullable @Schema(type = "string", allowableValues = {"PROCESSING", "CANCELLED",
        "SHIPPED", "DELIVERED"}) String status,
                                       @Nullable String reason) implements JsonRequest {

    OrderStatus toStatus() {
        return Inputs.enumValue("status", status, OrderStatus.class);
    }

    /** SHIPPED or DELIVERED, the seed clients' shortcut through the delivery rules; null for a life-cycle status. */
    Shortcut toShortcut() {
        if (status == null) {
            return null;
        }
        return Arrays.stream(Shortcut.values()).filter(s -> s.name().equalsIgnoreCase(status.strip())).findFirst()
                .orElse(null);
    }
}
