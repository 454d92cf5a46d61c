package dev.conveyor.domain.returns;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.user.UserId;
import java.util.Objects;

/**
 * Units of one order line sent back, with the customer's reason; the disposition is set when they arrive.
 *
 * @param disposition null until the return is received
 */
public record ReturnLine(int lineNo, ProductId productId, UserId sellerId, int quantity, String reason,
                         Disposition disposition) {

    public ReturnLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(reason, "reason");
        if (lineNo < 1 || quantity < 1) {
            throw new IllegalArgumentException("line " + lineNo + " quantity " + quantity);
        }
    }

    ReturnLine received(Disposition chosen) {
        return new ReturnLine(lineNo, productId, sellerId, quantity, reason, chosen);
    }
}
