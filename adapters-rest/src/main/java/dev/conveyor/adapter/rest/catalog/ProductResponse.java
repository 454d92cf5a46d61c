package dev.conveyor.adapter.rest.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.adapter.rest.common.MoneyResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProductResponse(UUID id, String sku, String name, @Nullable String description, @Nullable String category,
                              @Nullable String imageUrl, MoneyResponse price, boolean active, UUID sellerId,
                              StockResponse stock, int lowStockThreshold, Instant createdAt, Instant updatedAt,
                              long version, List<ImageResponse> images) {

    ProductResponse withImages(List<ImageResponse> pictures) {
        return new ProductResponse(id, sku, name, description, category, imageUrl, price, active, sellerId, stock,
                lowStockThreshold, createdAt, updatedAt, version, List.copyOf(pictures));
    }

    /** Units on hand, units held by open orders, and what can still be sold. */
    @Serdeable
    public record StockResponse(int onHand, int reserved, int available) {
    }
}
