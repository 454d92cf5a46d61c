package dev.conveyor.application.cart.service;

import dev.conveyor.application.cart.port.in.AddToCartUseCase;
import dev.conveyor.application.cart.port.in.ChangeCartLineUseCase;
import dev.conveyor.application.cart.port.in.CheckoutUseCase;
import dev.conveyor.application.cart.port.in.ClearCartUseCase;
import dev.conveyor.application.cart.port.in.GetCartQuery;
import dev.conveyor.application.cart.port.in.QuoteCartQuery;
import dev.conveyor.application.cart.port.in.RemoveFromCartUseCase;
import dev.conveyor.application.cart.port.in.ReorderUseCase;
import dev.conveyor.application.cart.port.out.CartRepositoryPort;
import dev.conveyor.application.cart.port.out.CartStartsPort;
import dev.conveyor.application.ordering.port.in.PlaceDeferredOrderUseCase;
import dev.conveyor.application.pricing.port.in.QuoteQuery;
import dev.conveyor.application.shared.service.SharedServices;

/** The cart's use cases, assembled in plain Java like every feature. */
public final class CartServices {

    private final GetCartQuery getCart;
    private final AddToCartUseCase addToCart;
    private final ChangeCartLineUseCase changeCartLine;
    private final RemoveFromCartUseCase removeFromCart;
    private final ClearCartUseCase clearCart;
    private final CheckoutUseCase checkout;
    private final ReorderUseCase reorder;
    private final QuoteCartQuery quoteCart;

    /**
     * @param starts    where carts started and checked out are recorded
     * @param placement the placement path checkout takes
     * @param quote     pricing's quote, which the cart's quote goes through
     */
    public CartServices(SharedServices shared, CartRepositoryPort carts, CartStartsPort starts,
                        PlaceDeferredOrderUseCase placement, QuoteQuery quote) {
        var ports = shared.ports();
        var clock = shared.clock();
        var views = new CartViews(shared.reads());
        var editor = new CartEditor(carts, starts, views, ports.transactions(), clock);
        var stock = new CartStock(ports.products());
        getCart = new GetCartService(editor);
        addToCart = new AddToCartService(editor, stock);
        changeCartLine = new ChangeCartLineService(editor, stock);
        removeFromCart = new RemoveFromCartService(editor);
        clearCart = new ClearCartService(editor);
        checkout = new CheckoutService(placement, carts, starts, clock);
        reorder = new ReorderService(shared.orderAccess(), ports.products(), editor, views,
                ports.transactions(), clock);
        quoteCart = new QuoteCartService(carts, quote);
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

    public QuoteCartQuery quoteCart() {
        return quoteCart;
    }
}
