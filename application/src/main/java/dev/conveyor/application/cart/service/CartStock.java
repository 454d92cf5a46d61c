package dev.conveyor.application.cart.service;

import dev.conveyor.application.shared.LineRejectedException;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.service.ProductAccess;
import dev.conveyor.domain.cart.Cart;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;

/**
 * Keeps a cart within what can be bought: a line may hold no more units than
 * are available now. Checkout decides again, atomically; this only spares the
 * customer a surprise there.
 */
final class CartStock {

    private final ProductRepositoryPort products;

    CartStock(ProductRepositoryPort products) {
        this.products = products;
    }

    /** An active product, as a customer may see it. */
    Product onSale(ProductId productId) {
        return products.findById(productId).filter(Product::isActive)
                .orElseThrow(() -> ProductAccess.notFound(productId));
    }

    Product existing(ProductId productId) {
        return products.findById(productId).orElseThrow(() -> ProductAccess.notFound(productId));
    }

    /** @throws LineRejectedException PRODUCT_UNAVAILABLE or OUT_OF_STOCK for the cart's line of the product */
    static void requireAvailable(Cart cart, Product product) {
        ProductId productId = product.id();
        int wanted = cart.quantityOf(productId);
        if (!product.isActive()) {
            throw new LineRejectedException("PRODUCT_UNAVAILABLE", "productId", productId.value(), wanted, 0,
                    "product " + productId + " is no longer sold; remove it from the cart");
        }
        int available = product.stock().available();
        if (wanted > available) {
            throw new LineRejectedException("OUT_OF_STOCK", "quantity", productId.value(), wanted, available,
                    "only " + available + " of product " + productId + " available; the cart would hold " + wanted);
        }
    }
}
