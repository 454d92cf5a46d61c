package dev.conveyor.testsupport;

import dev.conveyor.domain.order.OrderItem;
import dev.conveyor.domain.pricing.Destination;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.pricing.Pricing;
import dev.conveyor.domain.pricing.PricingLine;
import dev.conveyor.domain.pricing.PricingRequest;
import dev.conveyor.domain.pricing.TaxCategory;
import java.time.Instant;
import java.util.List;

/**
 * Prices order items the way a store without tax rates, shipping methods or promotions does: through
 * the pricing function, which then charges each line's list price untaxed. For tests that place orders
 * through the aggregate rather than the use case.
 */
public final class ListPrices {

    private ListPrices() {
    }

    public static PriceBreakdown of(List<OrderItem> items) {
        List<PricingLine> lines = items.stream().map(item -> new PricingLine(item.productId(), "", TaxCategory.STANDARD,
                item.unitPrice().amountMinor(), item.quantity(), 0)).toList();
        return Pricing.price(new PricingRequest(items.get(0).unitPrice().currency(), true, lines,
                new Destination("DE", null), Instant.EPOCH, List.of(), null, List.of()));
    }
}
