package dev.conveyor.application.cart.port.in;

import dev.conveyor.domain.catalog.ProductId;
import java.util.List;

/**
 * @param added    lines copied in full
 * @param notAdded lines copied in part or not at all, each with the reason
 */
public record ReorderResult(CartView cart, List<Line> added, List<Line> notAdded) {

    public ReorderResult {
        added = List.copyOf(added);
        notAdded = List.copyOf(notAdded);
    }

    /** @param requested units the old order held; {@code added} of them went into the cart */
    public record Line(ProductId productId, String sku, String name, int requested, int added, Outcome outcome) {
    }

    public enum Outcome {
        ADDED,
        /** Fewer units available than the old order held (the cart's own units count against them). */
        PARTIALLY_AVAILABLE,
        /** On sale, but nothing left to add. */
        OUT_OF_STOCK,
        /** No longer sold. */
        UNAVAILABLE,
        /** The cart holds as many products, or as many units of this one, as it can. */
        CART_LIMIT
    }
}
