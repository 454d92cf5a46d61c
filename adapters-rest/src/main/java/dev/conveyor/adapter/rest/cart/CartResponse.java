package dev.conveyor.adapter.rest.cart;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.adapter.rest.common.MoneyResponse;
import dev.conveyor.application.cart.port.in.CartView.Availability;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A cart with today's prices and stock.
 *
 * @param totals           what the lines still on sale cost, one amount per currency
 * @param readyForCheckout every line can be ordered as it is, in one currency
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CartResponse(List<CartLineResponse> lines, List<MoneyResponse> totals, int units,
                           boolean readyForCheckout, @Nullable Instant updatedAt) {

    /**
     * @param sku          null when the product no longer exists
     * @param available    units that can be sold now
     * @param availability whether the line can be ordered as it is, and if not why
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CartLineResponse(UUID productId, @Nullable String sku, String name, @Nullable String imageUrl,
                                   MoneyResponse unitPrice, int quantity, MoneyResponse lineTotal, int available,
                                   Availability availability) {
    }
}
