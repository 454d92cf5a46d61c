package dev.conveyor.adapter.rest.catalog;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.MoneyRequest;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.catalog.port.in.UpdateProductUseCase.UpdateProductCommand;
import dev.conveyor.domain.catalog.ProductDetails;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A partial change: absent fields stay as they are; a blank description or image URL clears it. A category is
 * picked by {@code categoryId}, or by its name in {@code category}.
 */
@Serdeable
public record UpdateProductRequest(@Nullable String name, @Nullable String description, @Nullable String category,
                                   @Nullable String imageUrl, @Nullable MoneyRequest price,
                                   @Nullable Boolean active,
                                   @Nullable @Schema(type = "integer") BigDecimal lowStockThreshold,
                                   @Nullable @Schema(format = "uuid") String categoryId)
        implements JsonRequest {

    boolean changesDetails() {
        return name != null || description != null || category != null || imageUrl != null || categoryId != null;
    }

    /**
     * @param current the product's description now, asked for only when this
     *                request changes part of it (the core takes a complete one)
     */
    UpdateProductCommand toCommand(Supplier<ProductDetails> current, Function<UUID, String> categoryNames) {
        ProductDetails details = null;
        if (changesDetails()) {
            String categoryName = categoryId != null ? categoryNames.apply(Inputs.uuid("categoryId", categoryId))
                    : category;
            ProductDetails now = current.get();
            details = new ProductDetails(name != null ? name : now.name(),
                    description != null ? description : now.description(),
                    categoryName != null ? categoryName : now.category(),
                    imageUrl != null ? imageUrl : now.imageUrl());
        }
        return new UpdateProductCommand(details, price == null ? null : MoneyRequest.toMoney("price", price), active,
                Inputs.optionalWholeInt("lowStockThreshold", lowStockThreshold));
    }
}
