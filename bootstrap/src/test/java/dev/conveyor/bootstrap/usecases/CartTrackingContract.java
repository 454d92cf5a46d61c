package dev.conveyor.bootstrap.usecases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.application.backoffice.port.in.GetCartFiguresQuery.AbandonedCart;
import dev.conveyor.application.backoffice.port.in.GetCartFiguresQuery.CartFigures;
import dev.conveyor.application.backoffice.port.in.GetCartFiguresQuery;
import dev.conveyor.application.cart.port.in.AddToCartUseCase;
import dev.conveyor.application.cart.port.in.CheckoutCommand;
import dev.conveyor.application.cart.port.in.CheckoutUseCase;
import dev.conveyor.application.cart.port.in.ClearCartUseCase;
import dev.conveyor.application.cart.port.in.RemoveFromCartUseCase;
import dev.conveyor.application.cart.port.in.ReorderUseCase;
import dev.conveyor.application.ordering.port.in.PriceChangedException;
import dev.conveyor.application.ordering.port.in.PricingTerms;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.bootstrap.support.TestClock;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Carts started and checked out, and abandoned carts, as the dashboard counts them (abandoned after the default
 * hour); each subclass runs it on one persistence adapter. The figures span every test's carts, so each test
 * compares them with those read before it acted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CartTrackingContract {

    @Inject Shop shop;
    @Inject TestClock clock;
    @Inject AddToCartUseCase addToCart;
    @Inject RemoveFromCartUseCase removeFromCart;
    @Inject ClearCartUseCase clearCart;
    @Inject CheckoutUseCase checkout;
    @Inject ReorderUseCase reorder;
    @Inject GetCartFiguresQuery figures;

    private CartFigures figures() {
        return figures.figures(shop.user(Role.STAFF));
    }

    @Test
    void aCartStartsWithItsFirstLineAndIsCheckedOutWithItsOrder() {
        Actor seller = shop.user(Role.SELLER);
        Product desk = shop.product(seller, 20);
        Product lamp = shop.product(seller, 20);
        Actor buyer = shop.customer();
        Actor browser = shop.customer();
        CartFigures before = figures();

        addToCart.add(buyer, desk.id(), 1);
        addToCart.add(buyer, lamp.id(), 2);
        addToCart.add(buyer, desk.id(), 1);
        addToCart.add(browser, lamp.id(), 1);
        removeFromCart.remove(browser, lamp.id());
        CartFigures browsing = figures();
        assertEquals(before.started() + 2, browsing.started(), "one start per cart that got a first line");
        assertEquals(before.checkedOut(), browsing.checkedOut());

        OrderId order = new OrderId(checkout.checkout(buyer, new CheckoutCommand(Shop.address(), null), null)
                .order().id());
        CartFigures placed = figures();
        assertEquals(browsing.started(), placed.started());
        assertEquals(before.checkedOut() + 1, placed.checkedOut(), "the buyer's cart, not the emptied one");

        addToCart.add(browser, desk.id(), 1);
        reorder.reorder(buyer, order);
        CartFigures again = figures();
        assertEquals(placed.started() + 2, again.started(),
                "an emptied cart starts again with its next first line, a reorder into an empty cart too");
        assertEquals(placed.checkedOut(), again.checkedOut());
        assertEquals((double) again.checkedOut() / again.started(), again.conversion());
    }

    @Test
    void aCheckoutThatFailsLeavesTheCartStartedButNotCheckedOut() {
        Actor customer = shop.customer();
        addToCart.add(customer, shop.product(shop.user(Role.SELLER), 5).id(), 1);
        CartFigures before = figures();

        assertThrows(PriceChangedException.class, () -> checkout.checkout(customer,
                new CheckoutCommand(Shop.address(), null, new PricingTerms(null, null, 1L)), null));
        assertEquals(before.checkedOut(), figures().checkedOut(), "written in the placement's transaction");

        checkout.checkout(customer, new CheckoutCommand(Shop.address(), null), null);
        assertEquals(before.checkedOut() + 1, figures().checkedOut());
        assertEquals(before.started(), figures().started());
    }

    @Test
    void aCartWithLinesUnchangedForAnHourIsAbandonedAndListedWithItsCustomerAndValue() {
        Actor seller = shop.user(Role.SELLER);
        Product desk = shop.product(seller, 20, 12_500, "EUR");
        Product lamp = shop.product(seller, 20, 2_000, "EUR");
        User idleUser = shop.newUser("customer");
        Actor idle = Shop.actor(idleUser);
        Actor recent = shop.customer();
        Actor emptied = shop.customer();
        // the other tests' carts are abandoned by now, so that only this test's carts change the count
        clock.advance(Duration.ofHours(2));
        long before = figures().abandoned();

        addToCart.add(idle, desk.id(), 2);
        addToCart.add(idle, lamp.id(), 1);
        var idleSince = clock.instant();
        addToCart.add(emptied, desk.id(), 1);
        clearCart.clear(emptied);
        clock.advance(Duration.ofMinutes(30));
        addToCart.add(recent, lamp.id(), 1);
        clock.advance(Duration.ofMinutes(31));

        CartFigures oneIdle = figures();
        assertEquals(before + 1, oneIdle.abandoned(), "only the cart with lines unchanged for over an hour");
        AbandonedCart listed = listed(oneIdle, idle).orElseThrow();
        assertEquals(2, listed.lines());
        assertEquals(3, listed.units());
        assertEquals(List.of(Money.of(27_000, "EUR")), listed.value(), "today's prices");
        assertEquals(idleSince, listed.idleSince());
        assertEquals(shop.emailOf(idleUser), listed.customer().email());
        assertEquals(Optional.empty(), listed(oneIdle, recent));
        assertEquals(Optional.empty(), listed(oneIdle, emptied));
        assertEquals(Duration.ofHours(1), oneIdle.abandonedAfter());

        clock.advance(Duration.ofMinutes(30));
        CartFigures twoIdle = figures();
        assertEquals(before + 2, twoIdle.abandoned());
        assertEquals(recent.userId().value(), twoIdle.abandonedCarts().get(0).customer().id(),
                "the most recently changed first");

        removeFromCart.remove(idle, lamp.id());
        assertEquals(before + 1, figures().abandoned(), "a change makes a cart active again");
    }

    @Test
    void onlyStaffAndAdministratorsReadTheFigures() {
        for (Role role : List.of(Role.CUSTOMER, Role.SELLER)) {
            assertThrows(ForbiddenException.class, () -> figures.figures(shop.user(role)));
        }
        figures.figures(shop.admin());
    }

    @Test
    void conversionIsNullWhenNoCartStarted() {
        assertNull(new CartFigures(clock.instant(), Duration.ofHours(1), 0, List.of(), clock.instant(), 0, 0)
                .conversion());
    }

    private static Optional<AbandonedCart> listed(CartFigures figures, Actor customer) {
        return figures.abandonedCarts().stream()
                .filter(cart -> cart.customer().id().equals(customer.userId().value()))
                .findFirst();
    }
}
