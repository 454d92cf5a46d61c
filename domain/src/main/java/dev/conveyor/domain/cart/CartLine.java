package dev.conveyor.domain.cart;

import dev.conveyor.domain.catalog.ProductId;
import java.time.Instant;
import java.util.Objects;

/** A product the customer means to buy and how many; prices are never kept, the cart shows today's. */
public record CartLine(ProductId productId, int quantity, Instant addedAt) {

    public CartLine {
        Objects.requireNonNull(productId);
        Objects.requireNonNull(addedAt);
        if (quantity < 1 || quantity > Cart.MAX_QUANTITY_PER_LINE) {
            throw new IllegalArgumentException("quantity out of range: " + quantity);
        }
    }

    CartLine withQuantity(int newQuantity) {
        return new CartLine(productId, newQuantity, addedAt);
    }
}
