package dev.conveyor.application.cart.port.in;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * A cart with today's prices and stock.
 *
 * @param totals            what the orderable lines cost, one amount per currency (a cart of one currency has one)
 * @param readyForCheckout  every line can be ordered as it is, in one currency
 */
public record CartView(List<Line> lines, List<Money> totals, int units, boolean readyForCheckout,
                       Instant updatedAt) {

    public CartView {
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
    }

    /**
     * @param sku       null when the product no longer exists
     * @param unitPrice today's price; null when the product no longer exists
     * @param available units that can be sold now
     */
    public record Line(ProductId productId, String sku, String name, String imageUrl, Money unitPrice, int quantity,
                       Money lineTotal, int available, Availability availability) {
    }

    public enum Availability {
        /** Can be ordered as it is. */
        AVAILABLE,
        /** On sale, but fewer units available than the line asks for. */
        INSUFFICIENT_STOCK,
        /** On sale, none available. */
        OUT_OF_STOCK,
        /** No longer sold. */
        UNAVAILABLE
    }
}
