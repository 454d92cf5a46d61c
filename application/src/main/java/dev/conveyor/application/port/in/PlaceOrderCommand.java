package dev.conveyor.application.port.in;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.List;

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

    /**
     * A canonical text form of the request, used to recognise retries: every
     * field is length-prefixed, so no two different requests share it.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> field(field(text, l.productId().toString()), Integer.toString(l.quantity())));
        Address a = shippingAddress;
        for (String part : new String[] {a.name(), a.line1(), a.line2(), a.city(), a.region(), a.postalCode(),
                a.country(), notes}) {
            field(text, part);
        }
        return text.toString();
    }

    private static StringBuilder field(StringBuilder text, String value) {
        return value == null ? text.append("-;") : text.append(value.length()).append(':').append(value).append(';');
    }
}
