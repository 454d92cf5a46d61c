package dev.conveyor.application.catalog.port.out;

import dev.conveyor.domain.catalog.ProductId;

/** Removes products nobody ordered: orders keep their lines' products for good. */
public interface ProductRemovalPort {

    /** Whether any order has (or had, cancelled ones included) a line of the product. */
    boolean everOrdered(ProductId productId);

    /**
     * Deletes the product with what only hangs on it: its pictures' rows, its stock log, the cart lines
     * holding it. Call only for a product {@link #everOrdered} says no to, in the same transaction, the product
     * locked (its stock row) so that no order takes it meanwhile.
     */
    void delete(ProductId productId);
}
