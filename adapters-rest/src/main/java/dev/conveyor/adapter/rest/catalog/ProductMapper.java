package dev.conveyor.adapter.rest.catalog;

import dev.conveyor.adapter.rest.common.CommonMappings;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.catalog.StockAdjustment;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Products and stock adjustments to JSON. {@link Product} exposes record-style
 * accessors that MapStruct does not read as properties, so the public method
 * hands its parts to a generated one; the records map directly.
 */
@Mapper
public interface ProductMapper extends CommonMappings {

    default ProductResponse toResponse(Product product) {
        return toResponse(product.id(), product.sku(), product.details(), product.price(), product.isActive(),
                product.sellerId(), product.stock(), product.lowStockThreshold(), product.createdAt(),
                product.updatedAt(), product.version());
    }

    @Mapping(target = "id", source = "id")
    @Mapping(target = "sku", source = "sku")
    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "description", source = "details.description")
    @Mapping(target = "category", source = "details.category")
    @Mapping(target = "imageUrl", source = "details.imageUrl")
    @Mapping(target = "price", source = "price")
    @Mapping(target = "active", source = "active")
    @Mapping(target = "sellerId", source = "sellerId")
    @Mapping(target = "stock", source = "stock")
    @Mapping(target = "lowStockThreshold", source = "lowStockThreshold")
    @Mapping(target = "createdAt", source = "createdAt")
    @Mapping(target = "updatedAt", source = "updatedAt")
    @Mapping(target = "version", source = "version")
    @Mapping(target = "images", expression = "java(java.util.List.of())")
    ProductResponse toResponse(ProductId id, Sku sku, ProductDetails details, Money price, boolean active,
                               UserId sellerId, Stock stock, int lowStockThreshold, Instant createdAt,
                               Instant updatedAt, long version);

    @Mapping(target = "available", expression = "java(stock.available())")
    ProductResponse.StockResponse toResponse(Stock stock);

    StockAdjustmentResponse toResponse(StockAdjustment adjustment);
}
