package dev.conveyor.application.pricing.port.in;

import dev.conveyor.domain.pricing.PriceBreakdown;

/**
 * Prices lines whose products the caller has read (placement prices what it reserved, in its own
 * transaction): the rates in force at the address, the shipping method.
 */
public interface PriceOrderQuery {

    /**
     * @throws dev.conveyor.domain.shared.InvalidInputException naming {@code shippingMethodId} for an
     *         unknown method, one that does not serve the address or cannot carry the parcel
     */
    PriceBreakdown price(PriceOrderCommand command);
}
