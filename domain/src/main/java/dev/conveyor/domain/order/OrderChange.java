package dev.conveyor.domain.order;

import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.Address;
import java.util.Objects;

/**
 * One change of an order's edit. New lines and a new shipping method come priced by the caller (the product's
 * price now, the method's charge now); everything the order already holds keeps its copied price.
 */
public sealed interface OrderChange {

    /** @param quantity the units the line orders after the edit (cancelled, shipped and allocated ones included) */
    record SetQuantity(int lineNo, int quantity) implements OrderChange {
    }

    record AddLine(OrderItem item, PriceBreakdown.Line price) implements OrderChange {

        public AddLine {
            Objects.requireNonNull(item);
            Objects.requireNonNull(price);
        }
    }

    record RemoveLine(int lineNo) implements OrderChange {
    }

    record ShippingAddress(Address address) implements OrderChange {

        public ShippingAddress {
            Objects.requireNonNull(address);
        }
    }

    /** @param shipping the new method's charge; null to ship without a method (nothing charged) */
    record ShippingMethod(PriceBreakdown.Shipping shipping) implements OrderChange {
    }
}
