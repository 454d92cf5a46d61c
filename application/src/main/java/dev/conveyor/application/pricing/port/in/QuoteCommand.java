package dev.conveyor.application.pricing.port.in;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.List;

/** Lines to quote for an address, with an optional shipping method. */
public record QuoteCommand(List<Line> lines, Address shippingAddress, ShippingMethodId shippingMethodId) {

    public QuoteCommand {
        Check.notNull("lines", lines);
        if (lines.isEmpty()) {
            throw new InvalidInputException("lines", "a quote needs at least one line");
        }
        if (lines.size() > Order.MAX_LINES) {
            throw new InvalidInputException("lines", "an order has at most " + Order.MAX_LINES + " lines");
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line == null) {
                throw new InvalidInputException("lines[" + i + "]", "lines[" + i + "] is required");
            }
            Check.notNull("lines[" + i + "].productId", line.productId());
            Check.range("lines[" + i + "].quantity", line.quantity(), 1, Order.MAX_QUANTITY_PER_LINE);
        }
        lines = List.copyOf(lines);
        Check.notNull("shippingAddress", shippingAddress);
    }

    public record Line(ProductId productId, int quantity) {
    }
}
