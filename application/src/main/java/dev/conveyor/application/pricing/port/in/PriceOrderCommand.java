package dev.conveyor.application.pricing.port.in;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.Money;
import java.util.List;

/**
 * Lines whose products are already read (unit price and catalogue category as they are now), where
 * they go, and optionally how (no method: no shipping charge).
 */
public record PriceOrderCommand(List<Item> items, Address shippingAddress, ShippingMethodId shippingMethodId) {

    public PriceOrderCommand {
        items = List.copyOf(Check.notNull("lines", items));
        Check.notNull("shippingAddress", shippingAddress);
    }

    public record Item(ProductId productId, String category, Money unitPrice, int quantity) {
    }
}
