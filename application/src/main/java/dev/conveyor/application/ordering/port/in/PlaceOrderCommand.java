package dev.conveyor.application.ordering.port.in;

import dev.conveyor.application.shared.Fingerprint;
import dev.conveyor.application.shared.OrderLines;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import java.util.List;

public record PlaceOrderCommand(List<Line> lines, Address shippingAddress, String notes, PricingTerms terms) {

    public PlaceOrderCommand {
        lines = OrderLines.checked(lines, Line::productId, Line::quantity);
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
