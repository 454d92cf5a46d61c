package dev.conveyor.adapter.rest.catalog;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.MoneyRequest;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.catalog.port.in.CreateProductUseCase.CreateProductCommand;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Function;

/**
 * @param initialStock      units on hand at creation; 0 when absent
 * @param lowStockThreshold available units at or below which a low-stock alert is raised; 0 (never) when absent
 * @param sellerId          the owner, for administrators creating a product for a seller; the caller when absent
 * @param categoryId        the managed category; {@code category}, its name, is still read when this is absent
 *                          (a name no category has yet creates one)
 */
@Serdeable
public record CreateProductRequest(@Nullable String sku, @Nullable String name, @Nullable String description,
                                   @Nullable String category, @Nullable String imageUrl,
                                   @Nullable MoneyRequest price,
                                   @Nullable @Schema(type = "integer") BigDecimal initialStock,
                                   @Nullable @Schema(type = "integer") BigDecimal lowStockThreshold,
                                   @Nullable @Schema(format = "uuid") String sellerId,
                                   @Nullable @Schema(format = "uuid") String categoryId) implements JsonRequest {

    /** @param categoryNames the name of the managed category of an id */
    CreateProductCommand toCommand(Function<UUID, String> categoryNames) {
        Sku validSku = new Sku(sku);
        String categoryName = categoryId == null ? category
                : categoryNames.apply(Inputs.uuid("categoryId", categoryId));
        ProductDetails details = new ProductDetails(name, description, categoryName, imageUrl);
        UUID owner = Inputs.optionalUuid("sellerId", sellerId);
        return new CreateProductCommand(validSku, details, MoneyRequest.toMoney("price", price),
                initialStock == null ? 0 : Inputs.wholeInt("initialStock", initialStock),
                lowStockThreshold == null ? 0 : Inputs.wholeInt("lowStockThreshold", lowStockThreshold),
                owner == null ? null : new UserId(owner));
    }
}
