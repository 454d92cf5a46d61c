package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.port.in.AddToCartUseCase;
import dev.conveyor.application.port.in.ChangeCartLineUseCase;
import dev.conveyor.application.port.in.CheckoutUseCase;
import dev.conveyor.application.port.in.ClearCartUseCase;
import dev.conveyor.application.port.in.GetCartQuery;
import dev.conveyor.application.port.in.RemoveFromCartUseCase;
import dev.conveyor.application.port.in.ReorderUseCase;
import dev.conveyor.application.port.out.CartRepositoryPort;
import dev.conveyor.application.service.CartServices;
import dev.conveyor.application.service.CorePorts;
import dev.conveyor.application.service.CoreServices;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The cart's use cases as beans; checkout goes through the core's placement path. */
@Factory
public class CartFactory {

    @Singleton
    CartServices cartServices(CoreServices core, CorePorts ports, CartRepositoryPort carts, Clock clock) {
        return new CartServices(core, ports, carts, clock);
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
}
