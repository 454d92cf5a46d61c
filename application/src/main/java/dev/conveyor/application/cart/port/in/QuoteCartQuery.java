package dev.conveyor.application.cart.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.shared.Address;

/** What checking the cart out would cost now, delivered to that address; nothing is reserved or changed. */
public interface QuoteCartQuery {

    /**
     * @param shippingMethodId optional
     * @param couponCode       optional
     * @throws dev.conveyor.domain.shared.ConflictException {@code CART_EMPTY} when there is nothing to quote
     */
    PriceBreakdown quote(Actor actor, Address shippingAddress, ShippingMethodId shippingMethodId, String couponCode);
}
