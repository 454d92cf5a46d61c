package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.cart.port.in.AddToCartUseCase;
import dev.conveyor.application.cart.port.in.ChangeCartLineUseCase;
import dev.conveyor.application.cart.port.in.CheckoutUseCase;
import dev.conveyor.application.cart.port.in.ClearCartUseCase;
import dev.conveyor.application.cart.port.in.GetCartQuery;
import dev.conveyor.application.cart.port.in.QuoteCartQuery;
import dev.conveyor.application.cart.port.in.RemoveFromCartUseCase;
import dev.conveyor.application.cart.port.in.ReorderUseCase;
import dev.conveyor.application.cart.port.out.CartRepositoryPort;
import dev.conveyor.application.cart.port.out.CartStartsPort;
import dev.conveyor.application.cart.service.CartServices;
import dev.conveyor.application.ordering.service.OrderingServices;
import dev.conveyor.application.pricing.port.in.QuoteQuery;
import dev.conveyor.application.shared.service.SharedServices;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The cart's use cases as beans; checkout goes through the core's placement path, its quote through pricing's. */
@Factory
public class CartFactory {

    @Singleton
    CartServices cartServices(SharedServices shared, CartRepositoryPort carts, CartStartsPort starts,
                              OrderingServices ordering, QuoteQuery quote) {
        return new CartServices(shared, carts, starts, ordering.placeDeferredOrder(), quote);
    }

    @Singleton
    GetCartQuery getCart(CartServices carts) {
        return carts.getCart();
    }

    @Singleton
    AddToCartUseCase addToCart(CartServices carts) {
        return carts.addToCart();
    }

    @Singleton
    ChangeCartLineUseCase changeCartLine(CartServices carts) {
        return carts.changeCartLine();
    }

    @Singleton
    RemoveFromCartUseCase removeFromCart(CartServices carts) {
        return carts.removeFromCart();
    }

    @Singleton
    ClearCartUseCase clearCart(CartServices carts) {
        return carts.clearCart();
    }

    @Singleton
    CheckoutUseCase checkout(CartServices carts) {
        return carts.checkout();
    }

    @Singleton
    ReorderUseCase reorder(CartServices carts) {
        return carts.reorder();
    }

    @Singleton
    QuoteCartQuery quoteCart(CartServices carts) {
        return carts.quoteCart();
    }
}
