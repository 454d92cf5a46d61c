package dev.conveyor.application.cart.service;

import dev.conveyor.application.cart.port.in.AddToCartUseCase;
import dev.conveyor.application.cart.port.in.CartView;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;

final class AddToCartService implements AddToCartUseCase {

    private final CartEditor carts;
    private final CartStock stock;

    AddToCartService(CartEditor carts, CartStock stock) {
        this.carts = carts;
        this.stock = stock;
    }

    @Override
    public CartView add(Actor actor, ProductId productId, int quantity) {
        return carts.edit(actor, (cart, now) -> {
            Product product = stock.onSale(productId);
            cart.add(productId, quantity, now);
            CartStock.requireAvailable(cart, product);
        });
    }
}
