package dev.conveyor.application.cart.port.in;

import dev.conveyor.application.shared.Fingerprint;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;

/** What a checkout adds to the cart's lines. */
public record CheckoutCommand(Address shippingAddress, String notes) {

    public CheckoutCommand {
        Check.notNull("shippingAddress", shippingAddress);
        notes = Check.optionalText("notes", notes, Order.MAX_NOTES);
    }

    /** The request's canonical text, to recognise a retry (the cart is server state, not part of the request). */
    public String fingerprint() {
        return new Fingerprint().address(shippingAddress).field(notes).toString();
    }
}
