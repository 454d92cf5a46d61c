package dev.conveyor.application.cart.service;

import dev.conveyor.application.cart.port.in.CheckoutCommand;
import dev.conveyor.application.cart.port.in.CheckoutUseCase;
import dev.conveyor.application.cart.port.out.CartRepositoryPort;
import dev.conveyor.application.cart.port.out.CartStartsPort;
import dev.conveyor.application.ordering.port.in.PlaceDeferredOrderUseCase;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase.PlacedOrder;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.service.Retry;
import dev.conveyor.domain.cart.Cart;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.user.UserId;
import dev.conveyor.domain.order.OrderId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The cart becomes an order through the placement path itself; the cart is
 * read and emptied inside the placement's transaction, so an order and a full
 * cart never both exist, and an edit racing the checkout either makes it into
 * the order or lands in the emptied cart.
 */
final class CheckoutService implements CheckoutUseCase {

    private final PlaceDeferredOrderUseCase placement;
    private final CartRepositoryPort carts;
    private final CartStartsPort starts;
    private final Clock clock;

    CheckoutService(PlaceDeferredOrderUseCase placement, CartRepositoryPort carts, CartStartsPort starts,
                    Clock clock) {
        this.placement = placement;
        this.carts = carts;
        this.starts = starts;
        this.clock = clock;
    }

    @Override
    public PlacedOrder checkout(Actor actor, CheckoutCommand command, IdempotencyKey idempotencyKey) {
        UserId owner = CartEditor.owner(actor);
        return Retry.onConcurrentModification(() -> placement.place(actor, idempotencyKey, "checkout",
                command.fingerprint(), orderId -> takeCart(owner, command, orderId)));
    }

    private PlaceOrderCommand takeCart(UserId owner, CheckoutCommand command, OrderId orderId) {
        Cart cart = carts.findByOwner(owner).filter(c -> !c.isEmpty())
                .orElseThrow(() -> new ConflictException("CART_EMPTY", "the cart is empty; add products first"));
        List<PlaceOrderCommand.Line> lines = cart.lines().stream()
                .map(line -> new PlaceOrderCommand.Line(line.productId(), line.quantity()))
                .toList();
        Instant now = clock.instant();
        cart.clear(now);
        carts.save(cart);
        starts.checkedOut(owner, orderId, now);
        return new PlaceOrderCommand(lines, command.shippingAddress(), command.notes(), command.terms());
    }
}
