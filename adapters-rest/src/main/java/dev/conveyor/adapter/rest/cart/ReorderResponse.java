package dev.conveyor.adapter.rest.cart;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.application.cart.port.in.ReorderResult.Outcome;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * @param added    lines of the old order copied in full
 * @param notAdded lines copied in part or not at all, with the reason
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReorderResponse(CartResponse cart, List<ReorderLineResponse> added,
                              List<ReorderLineResponse> notAdded) {

    /** @param requested units the old order held; {@code added} of them went into the cart */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReorderLineResponse(UUID productId, String sku, String name, int requested, int added,
                                      Outcome outcome) {
    }
}
