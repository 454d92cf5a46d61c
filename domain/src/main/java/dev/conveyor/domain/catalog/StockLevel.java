package dev.conveyor.domain.catalog;

import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * A product's stock right after an atomic change, with what is needed to tell
 * whether the change crossed the low-stock threshold or emptied the shelf.
 */
public record StockLevel(ProductId productId, Sku sku, UserId sellerId, Stock stock, int lowStockThreshold) {

    /**
     * The alert this change raises: out-of-stock when available reached zero,
     * low-stock when it went from above the threshold to at or below it.
     */
    public Optional<DomainEvent> alertAfterChange(int availableBefore, Instant now) {
        int after = stock.available();
        if (after == 0 && availableBefore > 0) {
            return Optional.of(new ProductEvents.OutOfStock(productId.value(), sellerId.value(), now, sku.value()));
        }
        if (after > 0 && after <= lowStockThreshold && availableBefore > lowStockThreshold) {
            return Optional.of(new ProductEvents.LowStock(productId.value(), sellerId.value(), now, sku.value(), after,
                    lowStockThreshold));
        }
        return Optional.empty();
    }
}
