package dev.conveyor.application.service;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.port.in.CartView;
import dev.conveyor.application.port.in.ChangeCartLineUseCase;
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
