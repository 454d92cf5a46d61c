package dev.conveyor.application.cart.port.in;

import dev.conveyor.application.ordering.port.in.PricingTerms;
import dev.conveyor.application.shared.Fingerprint;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;

/** What a checkout adds to the cart's lines. */
public record CheckoutCommand(Address shippingAddress, String notes, PricingTerms terms) {

    public CheckoutCommand {
        Check.notNull("shippingAddress", shippingAddress);
        notes = Check.optionalText("notes", notes, Order.MAX_NOTES);
        Check.notNull("terms", terms);
    }

    /** A checkout with no shipping method and no expected total. */
    public CheckoutCommand(Address shippingAddress, String notes) {
        this(shippingAddress, notes, PricingTerms.NONE);
    }

    /** The request's canonical text, to recognise a retry (the cart is server state, not part of the request). */
    public String fingerprint() {
        return terms.addTo(new Fingerprint().address(shippingAddress).field(notes)).toString();
    }
}
