package dev.conveyor.application.archive.service.archfixture;

import dev.conveyor.application.cart.port.out.CartRepositoryPort;

/** A feature's service using an out-port that belongs to another feature (the cart's). */
public class ArchiveReadingCarts {

    private final CartRepositoryPort carts;

    public ArchiveReadingCarts(CartRepositoryPort carts) {
        this.carts = carts;
    }

    public CartRepositoryPort carts() {
        return carts;
    }
}
