package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.OrderLines;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import java.util.List;

/** Lines to quote for an address, with an optional shipping method and an optional coupon code. */
public record QuoteCommand(List<Line> lines, Address shippingAddress, ShippingMethodId shippingMethodId,
                           String couponCode) {

    public QuoteCommand {
        lines = OrderLines.checked(lines, Line::productId, Line::quantity);
        Check.notNull("shippingAddress", shippingAddress);
        couponCode = PriceOrderCommand.couponCode(couponCode);
    }

    /** Without a coupon. */
    public QuoteCommand(List<Line> lines, Address shippingAddress, ShippingMethodId shippingMethodId) {
        this(lines, shippingAddress, shippingMethodId, null);
    }

    public record Line(ProductId productId, int quantity) {
    }
}
