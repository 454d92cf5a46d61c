package dev.conveyor.adapter.persistence.catalog;

import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A row of {@code products}; {@code nameLower} is the case-insensitive sort key and search target. */
@MappedEntity("products")
record ProductRow(@Id UUID id, String sku, String name, String nameLower, @Nullable String description, String category,
                  @Nullable String imageUrl, long priceMinor, String currency, boolean active, UUID sellerId,
                  int onHand, int reserved, int lowStockThreshold, Instant createdAt, Instant updatedAt,
                  long version) {

    static ProductRow of(Product product) {
        ProductDetails details = product.details();
        return new ProductRow(product.id().value(), product.sku().value(), details.name(),
                details.name().toLowerCase(Locale.ROOT), details.description(),
                details.category(), details.imageUrl(), product.price().amountMinor(), product.price().currency(),
                product.isActive(), product.sellerId().value(), product.stock().onHand(), product.stock().reserved(),
                product.lowStockThreshold(), product.createdAt(), product.updatedAt(), product.version());
    }

    Product toProduct() {
        return Product.rehydrate(new ProductId(id), new Sku(sku),
                new ProductDetails(name, description, category, imageUrl), Money.of(priceMinor, currency), active,
                new UserId(sellerId), new Stock(onHand, reserved), lowStockThreshold, createdAt, updatedAt, version);
    }
}
