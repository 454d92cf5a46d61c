package dev.conveyor.domain.invoice;

import dev.conveyor.domain.delivery.DeliveryLine;
import dev.conveyor.domain.shared.Money;
import java.util.Objects;

/** One delivered order line at the price the order copied. */
public record InvoiceLine(int lineNo, String sku, String name, Money unitPrice, int quantity) {

    public InvoiceLine {
        Objects.requireNonNull(sku);
        Objects.requireNonNull(name);
        Objects.requireNonNull(unitPrice);
        if (quantity < 1) {
            throw new IllegalArgumentException("an invoice line needs at least one unit: " + quantity);
        }
    }

    static InvoiceLine of(DeliveryLine line) {
        return new InvoiceLine(line.lineNo(), line.sku().value(), line.name(), line.unitPrice(), line.quantity());
    }

    public Money total() {
        return unitPrice.times(quantity);
    }
}
