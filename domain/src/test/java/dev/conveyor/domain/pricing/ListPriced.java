package dev.conveyor.domain.pricing;

import dev.conveyor.domain.order.OrderItem;
import java.time.Instant;
import java.util.List;

/** Order items priced with no rates, shipping or promotions: each line at its list price, untaxed. */
public final class ListPriced {

    private ListPriced() {
    }

    public static PriceBreakdown of(List<OrderItem> items) {
        return Pricing.price(new PricingRequest(items.get(0).unitPrice().currency(), true,
                items.stream().map(item -> new PricingLine(item.productId(), "", TaxCategory.STANDARD,
                        item.unitPrice().amountMinor(), item.quantity(), 0)).toList(),
                new Destination("DE", null), Instant.EPOCH, List.of(), null, List.of()));
    }
}
