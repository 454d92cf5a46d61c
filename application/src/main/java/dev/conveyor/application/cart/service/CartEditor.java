package dev.conveyor.application.cart.service;

import dev.conveyor.application.cart.port.in.CartView;
import dev.conveyor.application.cart.port.out.CartRepositoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.Retry;
import dev.conveyor.domain.cart.Cart;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;

/**
 * Changes the caller's cart in one transaction (creating the cart on first
 * use), again from a fresh read if another request changed it meanwhile, and
 * shows the result.
 */
final class CartEditor {

    private final CartRepositoryPort carts;
    private final CartViews views;
    private final TransactionPort transactions;
    private final Clock clock;

    CartEditor(CartRepositoryPort carts, CartViews views, TransactionPort transactions, Clock clock) {
        this.carts = carts;
        this.views = views;
        this.transactions = transactions;
        this.clock = clock;
    }

    CartView edit(Actor actor, Change change) {
        UserId owner = owner(actor);
        Cart changed = Retry.onConcurrentModification(() -> transactions.inTransaction(() -> {
            Cart cart = current(owner);
            change.apply(cart, clock.instant());
            carts.save(cart);
            return cart;
        }));
        return views.of(changed);
    }

    CartView show(Actor actor) {
        return views.of(current(owner(actor)));
    }

    Cart current(UserId owner) {
        return carts.findByOwner(owner).orElseGet(() -> Cart.empty(owner, clock.instant()));
    }

    /** Carts are for customers: only they can check out. */
    static UserId owner(Actor actor) {
        actor.requireRole(Role.CUSTOMER);
        return actor.userId();
    }

    @FunctionalInterface
    interface Change {
        void apply(Cart cart, Instant now);
    }
}
