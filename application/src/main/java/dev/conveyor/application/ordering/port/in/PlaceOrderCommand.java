package dev.conveyor.application.ordering.port.in;

import dev.conveyor.application.shared.Fingerprint;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.List;

public record PlaceOrderCommand(List<Line> lines, Address shippingAddress, String notes, PricingTerms terms) {

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
        Check.notNull("terms", terms);
    }

    /** An order with no shipping method and no expected total. */
    public PlaceOrderCommand(List<Line> lines, Address shippingAddress, String notes) {
        this(lines, shippingAddress, notes, PricingTerms.NONE);
    }

    public record Line(ProductId productId, int quantity) {
    }

    /** The request's canonical text, to recognise retries. */
    public String fingerprint() {
        Fingerprint fingerprint = new Fingerprint();
        lines.forEach(l -> fingerprint.field(l.productId().toString()).field(Integer.toString(l.quantity())));
        return terms.addTo(fingerprint.address(shippingAddress).field(notes)).toString();
    }
}
