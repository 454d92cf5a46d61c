package dev.conveyor.domain.order;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.util.Objects;

/** A product as it was when the order took it: name and price are copied, later changes don't apply. */
public record OrderItem(ProductId productId, Sku sku, String name, Money unitPrice, UserId sellerId, int quantity) {

    public OrderItem {
        Objects.requireNonNull(productId);
        Objects.requireNonNull(sku);
        Objects.requireNonNull(name);
        Objects.requireNonNull(unitPrice);
        Objects.requireNonNull(sellerId);
    }
}
