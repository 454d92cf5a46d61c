package dev.conveyor.bootstrap.usecases;

import static dev.conveyor.bootstrap.support.Shop.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.cart.port.in.AddToCartUseCase;
import dev.conveyor.application.cart.port.in.CartView.Availability;
import dev.conveyor.application.cart.port.in.CartView;
import dev.conveyor.application.cart.port.in.ChangeCartLineUseCase;
import dev.conveyor.application.cart.port.in.CheckoutCommand;
import dev.conveyor.application.cart.port.in.CheckoutUseCase;
import dev.conveyor.application.cart.port.in.ClearCartUseCase;
import dev.conveyor.application.cart.port.in.GetCartQuery;
import dev.conveyor.application.cart.port.in.RemoveFromCartUseCase;
import dev.conveyor.application.cart.port.in.ReorderResult.Outcome;
import dev.conveyor.application.cart.port.in.ReorderResult;
import dev.conveyor.application.cart.port.in.ReorderUseCase;
import dev.conveyor.application.catalog.port.in.UpdateProductUseCase.UpdateProductCommand;
import dev.conveyor.application.catalog.port.in.UpdateProductUseCase;
import dev.conveyor.application.ordering.port.in.ChangeOrderStatusUseCase;
import dev.conveyor.application.ordering.port.in.ConfirmDueOrdersUseCase;
import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.ordering.port.in.ListMyOrdersQuery.MyOrdersFilter;
import dev.conveyor.application.ordering.port.in.ListMyOrdersQuery;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase.PlacedOrder;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.seller.port.in.GetSellerStatsQuery.SellerStats;
import dev.conveyor.application.seller.port.in.GetSellerStatsQuery;
import dev.conveyor.application.seller.port.in.ListSellerOrdersQuery.SellerOrdersFilter;
import dev.conveyor.application.seller.port.in.ListSellerOrdersQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.LineRejectedException;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.UnprocessableException;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.bootstrap.support.TestClock;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.LineStage;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The cart, checkout, reorder and the sellers' views; each subclass runs them on one persistence adapter. */
abstract class CartAndSellerContract {

    @Inject Shop shop;
    @Inject TestClock clock;
    @Inject GetCartQuery getCart;
    @Inject AddToCartUseCase addToCart;
    @Inject ChangeCartLineUseCase changeLine;
    @Inject RemoveFromCartUseCase removeFromCart;
    @Inject ClearCartUseCase clearCart;
    @Inject CheckoutUseCase checkout;
    @Inject ReorderUseCase reorder;
    @Inject PlaceOrderUseCase placeOrder;
    @Inject GetOrderQuery getOrder;
    @Inject ListMyOrdersQuery myOrders;
    @Inject UpdateProductUseCase updateProduct;
    @Inject ChangeOrderStatusUseCase changeStatus;
    @Inject ConfirmDueOrdersUseCase confirmDueOrders;
    @Inject ListSellerOrdersQuery sellerOrders;
    @Inject GetSellerStatsQuery sellerStats;

    // ---- cart ----------------------------------------------------------------------------------------

    @Test
    void aCartShowsItsLinesWithTodaysPricesAndAvailability() {
        Actor seller = shop.user(Role.SELLER);
        Product mug = shop.product(seller, 10, 1200, "EUR");
        Product tea = shop.product(seller, 10, 450, "EUR");
        Actor customer = shop.customer();
        assertTrue(getCart.get(customer).lines().isEmpty());

        addToCart.add(customer, mug.id(), 2);
        CartView cart = addToCart.add(customer, tea.id(), 3);

        assertEquals(List.of(mug.id(), tea.id()), productIds(cart));
        CartView.Line first = cart.lines().get(0);
        assertEquals(mug.sku().value(), first.sku());
        assertEquals(Money.of(1200, "EUR"), first.unitPrice());
        assertEquals(Money.of(2400, "EUR"), first.lineTotal());
        assertEquals(10, first.available());
        assertEquals(Availability.AVAILABLE, first.availability());
        assertEquals(List.of(Money.of(2400 + 1350, "EUR")), cart.totals());
        assertEquals(5, cart.units());
        assertTrue(cart.readyForCheckout());

        updateProduct.update(seller, mug.id(), new UpdateProductCommand(null, Money.of(1500, "EUR"), null, null));

        assertEquals(Money.of(1500, "EUR"), getCart.get(customer).lines().get(0).unitPrice());
        assertEquals(List.of(Money.of(3000 + 1350, "EUR")), getCart.get(customer).totals());
    }

    @Test
    void addingAgainAddsToTheLineButNeverBeyondWhatIsAvailable() {
        Product mug = shop.product(shop.user(Role.SELLER), 6);
        Actor customer = shop.customer();
        addToCart.add(customer, mug.id(), 2);
        assertEquals(5, addToCart.add(customer, mug.id(), 3).lines().get(0).quantity());

        LineRejectedException tooMany = assertThrows(LineRejectedException.class,
                () -> addToCart.add(customer, mug.id(), 2));

        assertEquals("OUT_OF_STOCK", tooMany.code());
        assertEquals("quantity", tooMany.field());
        assertEquals(7, tooMany.requested());
        assertEquals(6, tooMany.available());
        assertEquals(5, getCart.get(customer).lines().get(0).quantity());
    }

    @Test
    void unknownAndInactiveProductsCannotBeAdded() {
        Actor seller = shop.user(Role.SELLER);
        Product hidden = shop.product(seller, 5);
        updateProduct.update(seller, hidden.id(), new UpdateProductCommand(null, null, false, null));
        Actor customer = shop.customer();

        assertEquals("PRODUCT_NOT_FOUND", assertThrows(NotFoundException.class,
                () -> addToCart.add(customer, hidden.id(), 1)).code());
        assertEquals("PRODUCT_NOT_FOUND", assertThrows(NotFoundException.class,
                () -> addToCart.add(customer, ProductId.newId(), 1)).code());
        assertTrue(getCart.get(customer).lines().isEmpty());
    }

    @Test
    void linesChangeAndGoAndTheCartEmpties() {
        Actor seller = shop.user(Role.SELLER);
        Product mug = shop.product(seller, 10);
        Product tea = shop.product(seller, 10);
        Actor customer = shop.customer();
        addToCart.add(customer, mug.id(), 1);
        addToCart.add(customer, tea.id(), 1);

        assertEquals(4, changeLine.changeQuantity(customer, tea.id(), 4).lines().get(1).quantity());
        assertEquals("OUT_OF_STOCK", assertThrows(LineRejectedException.class,
                () -> changeLine.changeQuantity(customer, tea.id(), 11)).code());
        assertEquals(List.of(tea.id()), productIds(removeFromCart.remove(customer, mug.id())));
        assertEquals("CART_LINE_NOT_FOUND", assertThrows(NotFoundException.class,
                () -> removeFromCart.remove(customer, mug.id())).code());
        assertEquals("CART_LINE_NOT_FOUND", assertThrows(NotFoundException.class,
                () -> changeLine.changeQuantity(customer, mug.id(), 1)).code());
        CartView cleared = clearCart.clear(customer);
        assertTrue(cleared.lines().isEmpty());
        assertFalse(cleared.readyForCheckout());
        assertTrue(getCart.get(customer).lines().isEmpty());
    }

    @Test
    void aCartShowsLinesThatCannotBeOrderedAnyMoreAndWhy() {
        Actor seller = shop.user(Role.SELLER);
        Product gone = shop.product(seller, 5);
        Product scarce = shop.product(seller, 5);
        Product sold = shop.product(seller, 5);
        Actor customer = shop.customer();
        addToCart.add(customer, gone.id(), 1);
        addToCart.add(customer, scarce.id(), 3);
        addToCart.add(customer, sold.id(), 2);

        updateProduct.update(seller, gone.id(), new UpdateProductCommand(null, null, false, null));
        Actor rival = shop.customer();
        placeOrder.place(rival, order(scarce.id(), 4), null);
        placeOrder.place(rival, order(sold.id(), 5), null);

        CartView cart = getCart.get(customer);
        assertEquals(List.of(Availability.UNAVAILABLE, Availability.INSUFFICIENT_STOCK, Availability.OUT_OF_STOCK),
                cart.lines().stream().map(CartView.Line::availability).toList());
        assertEquals(List.of(0, 1, 0), cart.lines().stream().map(CartView.Line::available).toList());
        assertFalse(cart.readyForCheckout());
        assertEquals(List.of(Money.of(5 * 1999, "EUR")), cart.totals(), "the inactive product costs nothing");
        assertEquals("PRODUCT_UNAVAILABLE", assertThrows(LineRejectedException.class,
                () -> changeLine.changeQuantity(customer, gone.id(), 1)).code());
    }

    @Test
    void onlyCustomersHaveCarts() {
        Product mug = shop.product(shop.user(Role.SELLER), 5);
        for (Role role : List.of(Role.SELLER, Role.STAFF, Role.ADMIN)) {
            Actor other = shop.user(role);
            assertThrows(ForbiddenException.class, () -> addToCart.add(other, mug.id(), 1), role::name);
            assertThrows(ForbiddenException.class, () -> getCart.get(other), role::name);
        }
    }

    // ---- checkout --------------------------------------------------------------------------------------

    @Test
    void checkoutPlacesTheCartAsAnOrderAtTodaysPricesAndEmptiesIt() {
        Actor seller = shop.user(Role.SELLER);
        Product mug = shop.product(seller, 10, 1200, "EUR");
        Product tea = shop.product(seller, 10, 450, "EUR");
        Actor customer = shop.customer();
        addToCart.add(customer, tea.id(), 3);
        addToCart.add(customer, mug.id(), 2);
        updateProduct.update(seller, mug.id(), new UpdateProductCommand(null, Money.of(1300, "EUR"), null, null));

        PlacedOrder placed = checkout.checkout(customer, new CheckoutCommand(Shop.address(), "by the door"), null);

        OrderView order = placed.order();
        assertEquals(OrderStatus.PENDING, order.status());
        assertEquals(List.of(tea.id(), mug.id()), order.lines().stream().map(OrderLine::productId).toList());
        assertEquals(List.of(3, 2), order.lines().stream().map(OrderLine::quantity).toList());
        assertEquals(Money.of(3 * 450 + 2 * 1300, "EUR"), order.total());
        assertEquals("by the door", order.notes());
        assertTrue(getCart.get(customer).lines().isEmpty());
        assertEquals(8, shop.reload(mug).stock().available());
        assertEquals(order.id(), myOrders.list(customer, new MyOrdersFilter(Set.of(), null), new PageRequest(0, 5))
                .items().get(0).id());
    }

    @Test
    void aRepeatedCheckoutWithTheSameKeyAnswersTheFirstOrderAlthoughTheCartIsEmptyNow() {
        Product mug = shop.product(shop.user(Role.SELLER), 10);
        Actor customer = shop.customer();
        addToCart.add(customer, mug.id(), 2);
        IdempotencyKey key = new IdempotencyKey("checkout-" + UUID.randomUUID());
        CheckoutCommand command = new CheckoutCommand(Shop.address(), null);

        PlacedOrder first = checkout.checkout(customer, command, key);
        PlacedOrder retry = checkout.checkout(customer, command, key);

        assertFalse(first.replayed());
        assertTrue(retry.replayed());
        assertEquals(first.order().id(), retry.order().id());
        assertEquals(8, shop.reload(mug).stock().available(), "stock reserved once");
        assertEquals(1, myOrders.list(customer, new MyOrdersFilter(Set.of(), null), new PageRequest(0, 5)).total());
        Address elsewhere = Address.of("shippingAddress", "Ada", "2 Other Street", null, "Leeds", null, "LS1", "GB");
        assertEquals("IDEMPOTENCY_KEY_REUSED", assertThrows(UnprocessableException.class,
                () -> checkout.checkout(customer, new CheckoutCommand(elsewhere, null), key)).code());
        assertEquals("IDEMPOTENCY_KEY_REUSED", assertThrows(UnprocessableException.class,
                () -> placeOrder.place(customer, order(mug.id(), 2), key)).code());
    }

    @Test
    void aCheckoutThatCannotBeServedLeavesTheCartAsItWasAndPlacesNothing() {
        Actor seller = shop.user(Role.SELLER);
        Product mug = shop.product(seller, 10);
        Product scarce = shop.product(seller, 3);
        Actor customer = shop.customer();
        addToCart.add(customer, mug.id(), 1);
        addToCart.add(customer, scarce.id(), 3);
        placeOrder.place(shop.customer(), order(scarce.id(), 1), null);
        IdempotencyKey key = new IdempotencyKey("failing-" + UUID.randomUUID());

        LineRejectedException refused = assertThrows(LineRejectedException.class,
                () -> checkout.checkout(customer, new CheckoutCommand(Shop.address(), null), key));

        assertEquals("OUT_OF_STOCK", refused.code());
        assertEquals("lines[1].productId", refused.field());
        assertEquals(List.of(mug.id(), scarce.id()), productIds(getCart.get(customer)));
        assertEquals(10, shop.reload(mug).stock().available());
        assertEquals(0, myOrders.list(customer, new MyOrdersFilter(Set.of(), null), new PageRequest(0, 5)).total());
        changeLine.changeQuantity(customer, scarce.id(), 2);
        assertFalse(checkout.checkout(customer, new CheckoutCommand(Shop.address(), null), key).replayed(),
                "the failed attempt left the key unused");
    }

    @Test
    void anEmptyCartCannotBeCheckedOut() {
        Actor customer = shop.customer();
        assertEquals("CART_EMPTY", assertThrows(ConflictException.class,
                () -> checkout.checkout(customer, new CheckoutCommand(Shop.address(), null), null)).code());
        Product mug = shop.product(shop.user(Role.SELLER), 10);
        addToCart.add(customer, mug.id(), 1);
        clearCart.clear(customer);
        assertEquals("CART_EMPTY", assertThrows(ConflictException.class,
                () -> checkout.checkout(customer, new CheckoutCommand(Shop.address(), null), null)).code());
    }

    // ---- reorder ---------------------------------------------------------------------------------------

    @Test
    void reorderCopiesWhatIsAvailableAndSaysWhatCouldNotBeAdded() {
        Actor seller = shop.user(Role.SELLER);
        Product plenty = shop.product(seller, 100);
        Product withdrawn = shop.product(seller, 100);
        Product soldOut = shop.product(seller, 4);
        Product scarce = shop.product(seller, 10);
        Actor customer = shop.customer();
        OrderId old = new OrderId(placeOrder.place(customer, order(List.of(
                new PlaceOrderCommand.Line(plenty.id(), 3), new PlaceOrderCommand.Line(withdrawn.id(), 1),
                new PlaceOrderCommand.Line(soldOut.id(), 2), new PlaceOrderCommand.Line(scarce.id(), 6),
                new PlaceOrderCommand.Line(plenty.id(), 1))), null).order().id());
        updateProduct.update(seller, withdrawn.id(), new UpdateProductCommand(null, null, false, null));
        placeOrder.place(shop.customer(), order(soldOut.id(), 2), null);
        addToCart.add(customer, scarce.id(), 1);

        ReorderResult result = reorder.reorder(customer, old);

        assertEquals(List.of(new ReorderResult.Line(plenty.id(), plenty.sku().value(), plenty.details().name(), 4, 4,
                Outcome.ADDED)), result.added());
        assertEquals(Map.of(withdrawn.id(), Outcome.UNAVAILABLE, soldOut.id(), Outcome.OUT_OF_STOCK,
                        scarce.id(), Outcome.PARTIALLY_AVAILABLE),
                result.notAdded().stream().collect(Collectors.toMap(ReorderResult.Line::productId,
                        ReorderResult.Line::outcome)));
        ReorderResult.Line partial = result.notAdded().stream().filter(l -> l.productId().equals(scarce.id()))
                .findFirst().orElseThrow();
        assertEquals(6, partial.requested());
        assertEquals(3, partial.added(), "10 on hand, 6 held by the old order, 1 already in the cart");
        assertEquals(List.of(scarce.id(), plenty.id()), productIds(result.cart()));
        assertEquals(List.of(4, 4), result.cart().lines().stream().map(CartView.Line::quantity).toList());
        assertTrue(result.cart().readyForCheckout());
    }

    @Test
    void onlyTheCustomerWhoPlacedAnOrderCanReorderIt() {
        Product mug = shop.product(shop.user(Role.SELLER), 10);
        Actor customer = shop.customer();
        OrderId placed = new OrderId(placeOrder.place(customer, order(mug.id(), 1), null).order().id());

        assertEquals("ORDER_NOT_FOUND", assertThrows(NotFoundException.class,
                () -> reorder.reorder(shop.customer(), placed)).code());
        assertEquals("ORDER_NOT_FOUND", assertThrows(NotFoundException.class,
                () -> reorder.reorder(customer, new OrderId(UUID.randomUUID()))).code());
        assertThrows(ForbiddenException.class, () -> reorder.reorder(shop.admin(), placed));
    }

    // ---- sellers ---------------------------------------------------------------------------------------

    @Test
    void aSellerSeesOnlyTheirOwnLinesAndTheirTotal() {
        Actor ada = shop.user(Role.SELLER);
        Actor bob = shop.user(Role.SELLER);
        Product adasMug = shop.product(ada, 10, 1000, "EUR");
        Product bobsTea = shop.product(bob, 10, 300, "EUR");
        Actor customer = shop.customer();
        OrderView mixed = placeOrder.place(customer, order(List.of(new PlaceOrderCommand.Line(adasMug.id(), 2),
                new PlaceOrderCommand.Line(bobsTea.id(), 5))), null).order();
        clock.advance(Duration.ofSeconds(1));
        OrderView bobsOnly = placeOrder.place(customer, order(bobsTea.id(), 1), null).order();

        Page<OrderView> adas = sellerOrders.list(ada, new SellerOrdersFilter(Set.of(), Set.of()),
                new PageRequest(0, 10));
        assertEquals(1, adas.total());
        OrderView seen = adas.items().get(0);
        assertEquals(mixed.id(), seen.id());
        assertTrue(seen.partial());
        assertEquals(List.of(adasMug.id()), seen.lines().stream().map(OrderLine::productId).toList());
        assertEquals(Money.of(2000, "EUR"), seen.total());

        Page<OrderView> bobs = sellerOrders.list(bob, new SellerOrdersFilter(Set.of(), Set.of()),
                new PageRequest(0, 10));
        assertEquals(List.of(bobsOnly.id(), mixed.id()), bobs.items().stream().map(OrderView::id).toList());
        assertTrue(bobs.items().stream().flatMap(o -> o.lines().stream())
                .allMatch(line -> line.productId().equals(bobsTea.id())));
        assertEquals(Money.of(1500, "EUR"), bobs.items().get(1).total());
        assertEquals(0, sellerOrders.list(shop.user(Role.SELLER), new SellerOrdersFilter(Set.of(), Set.of()),
                new PageRequest(0, 10)).total());
        for (Role role : List.of(Role.CUSTOMER, Role.STAFF, Role.ADMIN)) {
            assertThrows(ForbiddenException.class, () -> sellerOrders.list(shop.user(role),
                    new SellerOrdersFilter(Set.of(), Set.of()), new PageRequest(0, 10)), role::name);
            assertThrows(ForbiddenException.class, () -> sellerStats.stats(shop.user(role)), role::name);
        }
    }

    @Test
    void aSellersOrdersFilterByStatusAndStageAndTheStatsCountTheirLines() {
        Actor seller = shop.user(Role.SELLER);
        Product mug = shop.product(seller, 100);
        Product tea = shop.product(seller, 100);
        Actor customer = shop.customer();
        OrderId processing = placed(customer, mug, tea);
        OrderId cancelled = placed(customer, mug);
        clock.advance(Duration.ofSeconds(1));
        OrderId confirmed = placed(customer, tea);
        clock.advance(Duration.ofSeconds(1));
        OrderId pending = placed(customer, mug);
        changeStatus.changeStatus(shop.admin(), cancelled, OrderStatus.CANCELLED, "test");
        clock.advance(UseCaseContract.WINDOW.minusSeconds(1));
        confirmDueOrders.confirmDueOrders();
        changeStatus.changeStatus(seller, processing, OrderStatus.PROCESSING, null);

        assertEquals(List.of(confirmed.value()), ids(sellerOrders.list(seller,
                new SellerOrdersFilter(Set.of(OrderStatus.CONFIRMED), Set.of()), new PageRequest(0, 10))));
        assertEquals(List.of(pending.value(), confirmed.value()), ids(sellerOrders.list(seller,
                new SellerOrdersFilter(Set.of(), Set.of(LineStage.PENDING)), new PageRequest(0, 10))));
        assertEquals(List.of(processing.value()), ids(sellerOrders.list(seller,
                new SellerOrdersFilter(Set.of(), Set.of(LineStage.PROCESSING)), new PageRequest(0, 10))));
        Page<OrderView> firstTwo = sellerOrders.list(seller, new SellerOrdersFilter(Set.of(), Set.of()),
                new PageRequest(0, 2));
        assertEquals(4, firstTwo.total());
        assertEquals(List.of(pending.value(), confirmed.value()), ids(firstTwo));

        SellerStats stats = sellerStats.stats(seller);
        assertEquals(4, stats.orders());
        assertEquals(Map.of(LineStage.PENDING, 2L, LineStage.PROCESSING, 2L, LineStage.SHIPPED, 0L,
                LineStage.DELIVERED, 0L, LineStage.CANCELLED, 1L), stats.lines());
        assertEquals(0, sellerStats.stats(shop.user(Role.SELLER)).orders());
    }

    private OrderId placed(Actor customer, Product... products) {
        List<PlaceOrderCommand.Line> lines = Arrays.stream(products)
                .map(p -> new PlaceOrderCommand.Line(p.id(), 1)).toList();
        return new OrderId(placeOrder.place(customer, order(lines), null).order().id());
    }

    private static List<UUID> ids(Page<OrderView> page) {
        return page.items().stream().map(OrderView::id).toList();
    }

    private static List<ProductId> productIds(CartView cart) {
        return cart.lines().stream().map(CartView.Line::productId).toList();
    }
}
