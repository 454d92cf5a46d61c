package dev.conveyor.domain.delivery;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.util.Objects;

/** Units of one order line in a delivery, with the line's product and price as the order copied them. */
public record DeliveryLine(int lineNo, ProductId productId, Sku sku, String name, Money unitPrice, UserId sellerId,
                           int quantity) {

    public DeliveryLine {
        Objects.requireNonNull(productId);
        Objects.requireNonNull(sku);
        Objects.requireNonNull(name);
        Objects.requireNonNull(unitPrice);
        Objects.requireNonNull(sellerId);
        if (quantity < 1) {
            throw new IllegalArgumentException("a delivery line needs at least one unit: " + quantity);
        }
    }

    static DeliveryLine of(OrderLine line, int quantity) {
        return new DeliveryLine(line.lineNo(), line.productId(), line.sku(), line.name(), line.unitPrice(),
                line.sellerId(), quantity);
    }

    public Money total() {
        return unitPrice.times(quantity);
    }
}
