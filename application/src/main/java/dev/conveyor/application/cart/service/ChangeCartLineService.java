package dev.conveyor.application.cart.service;

import dev.conveyor.application.cart.port.in.CartView;
import dev.conveyor.application.cart.port.in.ChangeCartLineUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ProductId;

final class ChangeCartLineService implements ChangeCartLineUseCase {

    private final CartEditor carts;
    private final CartStock stock;

    ChangeCartLineService(CartEditor carts, CartStock stock) {
        this.carts = carts;
        this.stock = stock;
    }

    @Override
    public CartView changeQuantity(Actor actor, ProductId productId, int quantity) {
        return carts.edit(actor, (cart, now) -> {
            cart.changeQuantity(productId, quantity, now);
            CartStock.requireAvailable(cart, stock.existing(productId));
        });
    }
}
