package dev.conveyor.application.cart.port.out;

import dev.conveyor.domain.cart.Cart;
import dev.conveyor.domain.user.UserId;
import java.util.Optional;

/** One cart per user. */
public interface CartRepositoryPort {

    Optional<Cart> findByOwner(UserId ownerId);

    /**
     * Stores the cart with its lines: creates it when its version is 0, else
     * replaces it if the stored version is still the cart's.
     *
     * @throws dev.conveyor.domain.shared.ConcurrentModificationException when another request saved first
     */
    void save(Cart cart);
}
