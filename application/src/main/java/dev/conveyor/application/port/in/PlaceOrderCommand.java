package dev.conveyor.application.port.in;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Objects;

public record PlaceOrderCommand(List<Line> lines, Address shippingAddress, String notes) {

    public PlaceOrderCommand {
        Check.notNull("lines", lines);
        if (lines.isEmpty()) {
            throw new InvalidInputException("lines", "an order needs at least one line");
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
        notes = Check.optionalText("notes", notes, Order.MAX_NOTES);
    }

    public record Line(ProductId productId, int quantity) {
    }

    /** A stable text form of the request: equal for equal requests, used to recognise retries. */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l.productId()).append('x').append(l.quantity()).append(';'));
        text.append('|').append(shippingAddress).append('|').append(Objects.toString(notes, ""));
        return text.toString();
    }
}
