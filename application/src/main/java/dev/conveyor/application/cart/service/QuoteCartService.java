package dev.conveyor.application.cart.service;

import dev.conveyor.application.cart.port.in.QuoteCartQuery;
import dev.conveyor.application.cart.port.out.CartRepositoryPort;
import dev.conveyor.application.pricing.port.in.QuoteCommand;
import dev.conveyor.application.pricing.port.in.QuoteQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.cart.Cart;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.ConflictException;

/** The cart's lines, in order, through pricing's quote. */
final class QuoteCartService implements QuoteCartQuery {

    private final CartRepositoryPort carts;
    private final QuoteQuery quote;

    QuoteCartService(CartRepositoryPort carts, QuoteQuery quote) {
        this.carts = carts;
        this.quote = quote;
    }

    @Override
    public PriceBreakdown quote(Actor actor, Address shippingAddress, ShippingMethodId shippingMethodId,
                                String couponCode) {
        Check.notNull("shippingAddress", shippingAddress);
        Cart cart = carts.findByOwner(CartEditor.owner(actor)).filter(c -> !c.isEmpty())
                .orElseThrow(() -> new ConflictException("CART_EMPTY", "the cart is empty; add products first"));
        return quote.quote(actor, new QuoteCommand(cart.lines().stream()
                .map(line -> new QuoteCommand.Line(line.productId(), line.quantity())).toList(),
                shippingAddress, shippingMethodId, couponCode));
    }
}
