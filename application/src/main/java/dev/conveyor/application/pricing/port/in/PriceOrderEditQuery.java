package dev.conveyor.application.pricing.port.in;

import dev.conveyor.domain.pricing.PriceBreakdown;

/**
 * Prices what an order's edit adds: its lines at the prices given (the products' prices now), taxed at the
 * rates in force at the address now, and the chosen shipping method's charge for the parcel of all the lines
 * given, free above its threshold on their subtotal. No promotion applies: the order's promotions were applied
 * at placement and are not evaluated again (docs/after-sales.md, "Order edits").
 */
public interface PriceOrderEditQuery {

    /**
     * @throws dev.conveyor.domain.shared.InvalidInputException naming {@code shippingMethodId} for an unknown
     *         or inactive method, one that does not serve the address or cannot carry the parcel
     */
    PriceBreakdown price(PriceOrderCommand command);
}
