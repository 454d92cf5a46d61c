package dev.conveyor.application.service;

import dev.conveyor.application.port.in.AddToCartUseCase;
import dev.conveyor.application.port.in.ChangeCartLineUseCase;
import dev.conveyor.application.port.in.CheckoutUseCase;
import dev.conveyor.application.port.in.ClearCartUseCase;
import dev.conveyor.application.port.in.GetCartQuery;
import dev.conveyor.application.port.in.RemoveFromCartUseCase;
import dev.conveyor.application.port.in.ReorderUseCase;
import dev.conveyor.application.port.out.CartRepositoryPort;
import java.time.Clock;

/** The cart's use cases, in plain Java, next to {@link CoreServices} whose placement path checkout takes. */
public final class CartServices {

    private final GetCartQuery getCart;
    private final AddToCartUseCase addToCart;
    private final ChangeCartLineUseCase changeCartLine;
    private final RemoveFromCartUseCase removeFromCart;
    private final ClearCartUseCase clearCart;
    private final CheckoutUseCase checkout;
    private final ReorderUseCase reorder;

    public CartServices(CoreServices core, CorePorts ports, CartRepositoryPort carts, Clock clock) {
        var views = new CartViews(new CachedReads(ports.cache(), ports.orders(), ports.products()));
        var editor = new CartEditor(carts, views, ports.transactions(), clock);
        var stock = new CartStock(ports.products());
        getCart = new GetCartService(editor);
        addToCart = new AddToCartService(editor, stock);
        changeCartLine = new ChangeCartLineService(editor, stock);
        removeFromCart = new RemoveFromCartService(editor);
        clearCart = new ClearCartService(editor);
        checkout = new CheckoutService(core.placement(), carts, clock);
        reorder = new ReorderService(new OrderAccess(ports.orders(), clock), carts, ports.products(), editor, views,
                ports.transactions(), clock);
    }

    public GetCartQuery getCart() {
        return getCart;
    }

    public AddToCartUseCase addToCart() {
        return addToCart;
    }

    public ChangeCartLineUseCase changeCartLine() {
        return changeCartLine;
    }

    public RemoveFromCartUseCase removeFromCart() {
        return removeFromCart;
    }

    public ClearCartUseCase clearCart() {
        return clearCart;
    }

    public CheckoutUseCase checkout() {
        return checkout;
    }

    public ReorderUseCase reorder() {
        return reorder;
    }
}
