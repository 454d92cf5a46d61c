package dev.conveyor.application.cart.service;

import dev.conveyor.application.cart.port.in.CartView;
import dev.conveyor.application.cart.port.out.CartRepositoryPort;
import dev.conveyor.application.cart.port.out.CartStartsPort;
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
 * shows the result. A change that puts a first line into an empty cart records
 * the cart's start with it, for the dashboard's conversion.
 */
final class CartEditor {

    private final CartRepositoryPort carts;
    private final CartStartsPort starts;
    private final CartViews views;
    private final TransactionPort transactions;
    private final Clock clock;

    CartEditor(CartRepositoryPort carts, CartStartsPort starts, CartViews views, TransactionPort transactions,
               Clock clock) {
        this.carts = carts;
        this.starts = starts;
        this.views = views;
        this.transactions = transactions;
        this.clock = clock;
    }

    CartView edit(Actor actor, Change change) {
        UserId owner = owner(actor);
        Cart changed = Retry.onConcurrentModification(() -> transactions.inTransaction(() -> {
            Cart cart = current(owner);
            boolean wasEmpty = cart.isEmpty();
            Instant now = clock.instant();
            change.apply(cart, now);
            save(cart, wasEmpty, now);
            return cart;
        }));
        return views.of(changed);
    }

    /** Inside the caller's transaction. */
    void save(Cart cart, boolean wasEmpty, Instant now) {
        carts.save(cart);
        if (wasEmpty && !cart.isEmpty()) {
            starts.started(cart.ownerId(), now);
        }
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
