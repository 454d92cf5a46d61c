package dev.conveyor.bootstrap.usecases;

import static dev.conveyor.bootstrap.support.Shop.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.accounts.port.in.ChangeUserRoleUseCase;
import dev.conveyor.application.accounts.port.in.GetSessionMarkerQuery;
import dev.conveyor.application.accounts.port.out.SessionSignalPort;
import dev.conveyor.application.accounts.port.in.DeleteMyAccountUseCase;
import dev.conveyor.application.accounts.port.in.GetMyProfileQuery;
import dev.conveyor.application.accounts.port.in.ListUsersQuery;
import dev.conveyor.application.accounts.port.in.LogInCommand;
import dev.conveyor.application.accounts.port.in.LogInUseCase;
import dev.conveyor.application.accounts.port.in.LogOutUseCase;
import dev.conveyor.application.accounts.port.in.RefreshSessionUseCase;
import dev.conveyor.application.accounts.port.in.Session;
import dev.conveyor.application.accounts.port.in.SignUpCommand;
import dev.conveyor.application.accounts.port.in.SignUpUseCase;
import dev.conveyor.application.accounts.port.in.UpdateMyProfileUseCase.UpdateProfileCommand;
import dev.conveyor.application.accounts.port.in.UpdateMyProfileUseCase;
import dev.conveyor.application.catalog.port.in.AdjustStockUseCase;
import dev.conveyor.application.catalog.port.in.CreateProductUseCase;
import dev.conveyor.application.catalog.port.in.GetProductQuery;
import dev.conveyor.application.catalog.port.in.ListProductsQuery.ProductFilter;
import dev.conveyor.application.catalog.port.in.ListProductsQuery;
import dev.conveyor.application.catalog.port.in.ListStockAdjustmentsQuery;
import dev.conveyor.application.catalog.port.in.UpdateProductUseCase.UpdateProductCommand;
import dev.conveyor.application.catalog.port.in.UpdateProductUseCase;
import dev.conveyor.application.ordering.port.in.CancelOrderUseCase;
import dev.conveyor.application.ordering.port.in.ChangeOrderStatusUseCase;
import dev.conveyor.application.ordering.port.in.ConfirmDueOrdersUseCase;
import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.ordering.port.in.ListMyOrdersQuery.MyOrdersFilter;
import dev.conveyor.application.ordering.port.in.ListMyOrdersQuery;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase.PlacedOrder;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.LineRejectedException;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.application.shared.TooManyRequestsException;
import dev.conveyor.application.shared.UnauthenticatedException;
import dev.conveyor.application.shared.UnprocessableException;
import dev.conveyor.application.shared.port.out.ProductSearch;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.bootstrap.support.TestClock;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.StockAdjustment;
import dev.conveyor.domain.order.InvalidStatusTransitionException;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The use cases' behaviour, independent of the adapters: each concrete subclass
 * runs these same tests on one persistence adapter (in memory, PostgreSQL).
 * Contexts use a manual clock and no confirmation job, so windows are crossed
 * by moving the clock.
 */
abstract class UseCaseContract {

    static final Duration WINDOW = Duration.ofSeconds(60);

    @Inject Shop shop;
    @Inject TestClock clock;
    @Inject SignUpUseCase signUp;
    @Inject LogInUseCase logIn;
    @Inject RefreshSessionUseCase refresh;
    @Inject LogOutUseCase logOut;
    @Inject GetMyProfileQuery myProfile;
    @Inject UpdateMyProfileUseCase updateProfile;
    @Inject DeleteMyAccountUseCase deleteAccount;
    @Inject ListUsersQuery listUsers;
    @Inject ChangeUserRoleUseCase changeRole;
    @Inject GetSessionMarkerQuery sessionMarker;
    @Inject SessionSignalPort sessionSignals;
    @Inject GetProductQuery getProduct;
    @Inject ListProductsQuery listProducts;
    @Inject UpdateProductUseCase updateProduct;
    @Inject AdjustStockUseCase adjustStock;
    @Inject ListStockAdjustmentsQuery stockAdjustments;
    @Inject PlaceOrderUseCase placeOrder;
    @Inject GetOrderQuery getOrder;
    @Inject ListMyOrdersQuery myOrders;
    @Inject CancelOrderUseCase cancelOrder;
    @Inject ChangeOrderStatusUseCase changeStatus;
    @Inject ConfirmDueOrdersUseCase confirmDueOrders;

    // ---- accounts ------------------------------------------------------------------------------

    @Test
    void signupMakesACustomerWhoCanLogIn() {
        User user = shop.newUser("signup");
        assertEquals(Role.CUSTOMER, user.role());
        Session session = logIn.logIn(Shop.anonymous(), shop.login(user.email().value().toUpperCase()));
        assertEquals(user.id(), session.user().id());
        assertFalse(session.accessToken().value().isBlank());
        assertFalse(session.refreshToken().isBlank());
    }

    @Test
    void signupRefusesATakenEmailWhateverItsCase() {
        User user = shop.newUser("taken");
        ConflictException e = assertThrows(ConflictException.class, () -> signUp.signUp(Shop.anonymous(),
                SignUpCommand.of(user.email().value().toUpperCase(), Shop.PASSWORD, "Copy")));
        assertEquals("EMAIL_TAKEN", e.code());
    }

    @Test
    void wrongPasswordAndUnknownAccountAreRefusedAlike() {
        User user = shop.newUser("wrong");
        var wrong = assertThrows(UnauthenticatedException.class, () -> logIn.logIn(Shop.anonymous(),
                new LogInCommand(user.email().value(), "not the password", "10.1.1.1")));
        var unknown = assertThrows(UnauthenticatedException.class, () -> logIn.logIn(Shop.anonymous(),
                new LogInCommand("nobody-" + UUID.randomUUID() + "@x.test",
                        "whatever password", "10.1.1.2")));
        assertEquals(wrong.getMessage(), unknown.getMessage());
    }

    /** Five attempts per account and address (the test classes' setting): a stranger locks out only themselves. */
    @Test
    void loginAttemptsAreLimitedPerAccountAndAddress() {
        User user = shop.newUser("limited");
        String email = user.email().value();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThrows(UnauthenticatedException.class,
                    () -> logIn.logIn(Shop.anonymous(), new LogInCommand(email, "bad password", "10.9.0.1")));
        }

        TooManyRequestsException limited = assertThrows(TooManyRequestsException.class,
                () -> logIn.logIn(Shop.anonymous(), new LogInCommand(email, shop.login(email).password(), "10.9.0.1")));

        assertTrue(limited.retryAfter().toSeconds() >= 1);
        assertEquals(user.id(), logIn.logIn(Shop.anonymous(), new LogInCommand(email, shop.login(email).password(),
                "10.9.0.2")).user().id());
    }

    /** Eight attempts per account from all addresses (the test classes' setting): spreading guesses does not help. */
    @Test
    void loginAttemptsOnOneAccountFromManyAddressesStopAtItsCeiling() {
        String email = shop.newUser("ceiling").email().value();
        TooManyRequestsException limited = null;
        int attempts = 0;
        for (; attempts < 20 && limited == null; attempts++) {
            try {
                logIn.logIn(Shop.anonymous(), new LogInCommand(email, "bad password", "10.9.1." + attempts));
            } catch (UnauthenticatedException expected) {
                // counted
            } catch (TooManyRequestsException e) {
                limited = e;
            }
        }
        assertTrue(limited != null, "the account was never limited");
        assertEquals(9, attempts, "the ninth attempt is refused");
    }

    @Test
    void refreshRotatesAndAReusedTokenRevokesTheFamily() {
        User user = shop.newUser("refresh");
        Session first = logIn.logIn(Shop.anonymous(), shop.login(user.email().value()));
        Session second = refresh.refresh(Shop.anonymous(), first.refreshToken());
        assertNotEquals(first.refreshToken(), second.refreshToken());

        assertThrows(UnauthenticatedException.class, () -> refresh.refresh(Shop.anonymous(), first.refreshToken()));
        // the thief's replay also killed the legitimate newest token
        assertThrows(UnauthenticatedException.class, () -> refresh.refresh(Shop.anonymous(), second.refreshToken()));
    }

    @Test
    void logoutRevokesTheSession() {
        User user = shop.newUser("logout");
        Session session = logIn.logIn(Shop.anonymous(), shop.login(user.email().value()));
        logOut.logOut(Shop.anonymous(), session.refreshToken());
        logOut.logOut(Shop.anonymous(), session.refreshToken());
        assertThrows(UnauthenticatedException.class, () -> refresh.refresh(Shop.anonymous(), session.refreshToken()));
    }

    @Test
    void profileIsUpdatedPartiallyAndDeletionErasesTheAccount() {
        User user = shop.newUser("profile");
        Actor me = Shop.actor(user);
        updateProfile.update(me, new UpdateProfileCommand("Grace Hopper", "+44 20 7946 0958", Shop.address()));
        User changed = updateProfile.update(me, new UpdateProfileCommand(null, "", null));
        assertEquals("Grace Hopper", changed.profile().name());
        assertEquals(null, changed.profile().phone());
        assertEquals("London", myProfile.me(me).profile().address().city());

        Session session = logIn.logIn(Shop.anonymous(), shop.login(user.email().value()));
        deleteAccount.delete(me);
        assertThrows(UnauthenticatedException.class, () -> myProfile.me(me));
        assertThrows(UnauthenticatedException.class,
                () -> logIn.logIn(Shop.anonymous(), shop.login(user.email().value())));
        assertThrows(UnauthenticatedException.class, () -> refresh.refresh(Shop.anonymous(), session.refreshToken()));
    }

    @Test
    void onlyAdministratorsListUsersAndChangeRolesButNotTheirOwn() {
        Actor admin = shop.admin();
        User user = shop.newUser("promoted");
        User seller = changeRole.changeRole(admin, user.id(), Role.SELLER);
        assertEquals(Role.SELLER, seller.role());
        assertTrue(listUsers.list(admin, Role.SELLER, user.email().value(), new PageRequest(0, 10)).items().stream()
                .anyMatch(u -> u.id().equals(user.id())));
        assertThrows(ForbiddenException.class, () -> listUsers.list(Shop.actor(seller), null, null,
                new PageRequest(0, 10)));
        assertThrows(ConflictException.class, () -> changeRole.changeRole(admin, admin.userId(), Role.CUSTOMER));
        assertThrows(NotFoundException.class, () -> changeRole.changeRole(admin,
                new dev.conveyor.domain.user.UserId(UUID.randomUUID()), Role.STAFF));
    }

    @Test
    void logoutARoleChangeAndDeletionEachEndTheUsersSessionsAndSayItToEveryInstance() {
        List<UserId> signalled = new java.util.concurrent.CopyOnWriteArrayList<>();
        sessionSignals.listen(signalled::add);
        User user = shop.newUser("ended");
        Session session = logIn.logIn(Shop.anonymous(), shop.login(user.email().value()));
        long first = sessionMarker.current(user.id()).orElseThrow();

        logOut.logOut(Shop.anonymous(), session.refreshToken());
        long afterLogout = sessionMarker.current(user.id()).orElseThrow();
        assertTrue(afterLogout > first, "logout moves the marker on");
        // this instance's own listeners hear it before the use case returns (through Redis it may come again)
        long signals = signalled.stream().filter(user.id()::equals).count();
        assertTrue(signals >= 1, "logout signalled");

        changeRole.changeRole(shop.admin(), user.id(), Role.STAFF);
        assertTrue(sessionMarker.current(user.id()).orElseThrow() > afterLogout, "a role change moves it on");
        assertTrue(signalled.stream().filter(user.id()::equals).count() > signals, "the role change signalled");
        signals = signalled.stream().filter(user.id()::equals).count();

        deleteAccount.delete(Shop.actor(changeRole.changeRole(shop.admin(), user.id(), Role.CUSTOMER)));
        assertTrue(sessionMarker.current(user.id()).isEmpty(), "a deleted account has no current session");
        assertTrue(signalled.stream().filter(user.id()::equals).count() >= signals + 2, "both changes signalled");
    }

    // ---- catalogue and stock -------------------------------------------------------------------

    @Test
    void sellersManageOnlyTheirOwnProducts() {
        Actor seller = shop.user(Role.SELLER);
        Actor other = shop.user(Role.SELLER);
        Product product = shop.product(seller, 5);
        assertEquals(seller.userId(), product.sellerId());

        assertThrows(ForbiddenException.class, () -> updateProduct.update(other, product.id(),
                new UpdateProductCommand(null, null, false, null)));
        Product deactivated = updateProduct.update(seller, product.id(), new UpdateProductCommand(null, null, false,
                null));
        assertFalse(deactivated.isActive());
        // hidden from the public, still visible to its seller and the back office
        assertThrows(NotFoundException.class, () -> getProduct.get(Shop.anonymous(), product.id()));
        assertEquals(product.id(), getProduct.get(seller, product.id()).id());
        assertThrows(ForbiddenException.class, () -> shop.product(shop.customer(), 1));
    }

    @Test
    void skuIsUnique() {
        Actor seller = shop.user(Role.SELLER);
        Product product = shop.product(seller, 1);
        var again = new CreateProductUseCase.CreateProductCommand(product.sku(),
                product.details(), product.price(), 1, 0, null);
        ConflictException e = assertThrows(ConflictException.class, () -> shop.create(seller, again));
        assertEquals("SKU_TAKEN", e.code());
    }

    @Test
    void catalogueSearchesByTextAndCategoryAndPages() {
        Actor seller = shop.user(Role.SELLER);
        String marker = "Marker" + UUID.randomUUID().toString().substring(0, 6);
        List<Product> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(shop.namedProduct(seller, marker + " item " + i, "cat-" + marker, 100L * (5 - i)));
        }
        updateProduct.update(seller, created.get(0).id(), new UpdateProductCommand(null, null, false, null));

        var page = listProducts.catalogue(Shop.anonymous(), new ProductFilter(marker.toLowerCase(), null,
                ProductSearch.Sort.PRICE, SortDirection.ASC), new PageRequest(0, 3));
        assertEquals(4, page.total());
        assertEquals(3, page.items().size());
        assertEquals(List.of(100L, 200L, 300L), page.items().stream().map(p -> p.price().amountMinor()).toList());

        var managed = listProducts.managed(seller, new ProductFilter(null, "cat-" + marker, null, null),
                new PageRequest(0, 10));
        assertEquals(5, managed.total());
        assertThrows(ForbiddenException.class, () -> listProducts.managed(shop.customer(),
                new ProductFilter(null, null, null, null), new PageRequest(0, 10)));
    }

    @Test
    void stockAdjustmentsAreRecordedAndNeverDropBelowReserved() {
        Actor seller = shop.user(Role.SELLER);
        Actor staff = shop.user(Role.STAFF);
        Product product = shop.product(seller, 10);
        placeOrder.place(shop.customer(), order(product.id(), 4), null);

        StockAdjustment restock = adjustStock.adjust(staff, product.id(),
                new StockAdjustment.Request(StockAdjustment.Kind.RESTOCK, 5, "delivery from supplier"));
        assertEquals(10, restock.onHandBefore());
        assertEquals(15, restock.onHandAfter());
        ConflictException below = assertThrows(ConflictException.class, () -> adjustStock.adjust(seller,
                product.id(), new StockAdjustment.Request(StockAdjustment.Kind.CORRECTION, 3, "counted")));
        assertEquals("STOCK_BELOW_RESERVED", below.code());
        clock.advance(Duration.ofSeconds(1));
        adjustStock.adjust(seller, product.id(),
                new StockAdjustment.Request(StockAdjustment.Kind.CORRECTION, 4, "counted after breakage"));

        Product after = shop.reload(product);
        assertEquals(4, after.stock().onHand());
        assertEquals(4, after.stock().reserved());
        var log = stockAdjustments.list(staff, product.id(), new PageRequest(0, 10));
        assertEquals(2, log.total());
        assertEquals("counted after breakage", log.items().get(0).reason());
        assertEquals(staff.userId(), log.items().get(1).actorId());
        assertThrows(ForbiddenException.class, () -> adjustStock.adjust(shop.user(Role.SELLER), product.id(),
                new StockAdjustment.Request(StockAdjustment.Kind.RESTOCK, 1, "not mine")));
    }

    // ---- placing orders ------------------------------------------------------------------------

    @Test
    void placingReservesStockCopiesPricesAndNumbersTheOrder() {
        Actor seller = shop.user(Role.SELLER);
        Product a = shop.product(seller, 10, 250, "EUR");
        Product b = shop.product(seller, 10, 1000, "EUR");
        Actor customer = shop.customer();

        PlacedOrder placed = placeOrder.place(customer, order(List.of(new PlaceOrderCommand.Line(a.id(), 2),
                new PlaceOrderCommand.Line(b.id(), 3))), null);
        OrderView order = placed.order();
        assertFalse(placed.replayed());
        assertTrue(order.number().matches("ORD-2026-\\d{6,}"), order.number());
        assertEquals(OrderStatus.PENDING, order.status());
        assertEquals(3500, order.total().amountMinor());
        assertEquals(a.details().name(), order.lines().get(0).name());
        assertEquals(clock.instant().plus(WINDOW), order.cancellableUntil());
        assertEquals(Set.of(OrderStatus.CANCELLED), order.allowedTransitions());
        assertEquals(2, shop.reload(a).stock().reserved());
        assertEquals(3, shop.reload(b).stock().reserved());

        // later price changes do not touch the order
        updateProduct.update(seller, a.id(), new UpdateProductCommand(null,
                dev.conveyor.domain.shared.Money.of(999, "EUR"), null, null));
        assertEquals(250, getOrder.get(customer, new OrderId(order.id())).lines().get(0).unitPrice().amountMinor());
    }

    @Test
    void anOrderThatCannotBeServedWritesNothing() {
        Actor seller = shop.user(Role.SELLER);
        Product plenty = shop.product(seller, 100);
        Product scarce = shop.product(seller, 1);
        Actor customer = shop.customer();

        LineRejectedException e = assertThrows(LineRejectedException.class, () -> placeOrder.place(customer,
                order(List.of(new PlaceOrderCommand.Line(plenty.id(), 5), new PlaceOrderCommand.Line(scarce.id(), 2))),
                null));
        assertEquals("OUT_OF_STOCK", e.code());
        assertEquals("lines[1].productId", e.field());
        assertEquals(1, e.available());
        assertEquals(0, shop.reload(plenty).stock().reserved());
        assertEquals(0, myOrders.list(customer, new MyOrdersFilter(null, null), new PageRequest(0, 10)).total());
    }

    @Test
    void aRefusedOrderLeavesTheNumberItTookUnused() {
        // placement takes its number before it reserves stock, so that it holds the product rows through fewer
        // round trips; order numbers are unique and increasing, not gap-free
        Actor seller = shop.user(Role.SELLER);
        Product plenty = shop.product(seller, 100);
        Product scarce = shop.product(seller, 1);
        Actor customer = shop.customer();
        var one = List.of(new PlaceOrderCommand.Line(plenty.id(), 1));

        long first = sequence(placeOrder.place(customer, order(one), null).order().number());
        assertThrows(LineRejectedException.class, () -> placeOrder.place(customer,
                order(List.of(new PlaceOrderCommand.Line(scarce.id(), 2))), null));
        assertEquals(first + 2, sequence(placeOrder.place(customer, order(one), null).order().number()));
    }

    private static long sequence(String orderNumber) {
        return Long.parseLong(orderNumber.substring(orderNumber.lastIndexOf('-') + 1));
    }

    @Test
    void repeatedLinesOfOneProductCannotExceedItsStock() {
        Product product = shop.product(shop.user(Role.SELLER), 3);
        Actor customer = shop.customer();
        var lines = List.of(new PlaceOrderCommand.Line(product.id(), 2), new PlaceOrderCommand.Line(product.id(), 2));
        assertThrows(LineRejectedException.class, () -> placeOrder.place(customer, order(lines), null));
        assertEquals(0, shop.reload(product).stock().reserved());
        var ok = List.of(new PlaceOrderCommand.Line(product.id(), 1), new PlaceOrderCommand.Line(product.id(), 2));
        assertEquals(2, placeOrder.place(customer, order(ok), null).order().lines().size());
        assertEquals(3, shop.reload(product).stock().reserved());
    }

    @Test
    void unknownAndInactiveProductsAreRefusedWithTheirLine() {
        Actor seller = shop.user(Role.SELLER);
        Product product = shop.product(seller, 3);
        Actor customer = shop.customer();
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> placeOrder.place(customer,
                order(List.of(new PlaceOrderCommand.Line(product.id(), 1), new PlaceOrderCommand.Line(
                        new dev.conveyor.domain.catalog.ProductId(UUID.randomUUID()), 1))), null));
        assertEquals("lines[1].productId", unknown.field());

        updateProduct.update(seller, product.id(), new UpdateProductCommand(null, null, false, null));
        LineRejectedException inactive = assertThrows(LineRejectedException.class,
                () -> placeOrder.place(customer, order(product.id(), 1), null));
        assertEquals("PRODUCT_UNAVAILABLE", inactive.code());
    }

    @Test
    void onlyCustomersPlaceOrdersAndAnOrderMixesNoCurrencies() {
        Product euro = shop.product(shop.user(Role.SELLER), 3, 100, "EUR");
        Product dollar = shop.product(shop.user(Role.SELLER), 3, 100, "USD");
        assertThrows(ForbiddenException.class, () -> placeOrder.place(shop.user(Role.STAFF), order(euro.id(), 1),
                null));
        InvalidInputException mixed = assertThrows(InvalidInputException.class, () -> placeOrder.place(
                shop.customer(), order(List.of(new PlaceOrderCommand.Line(euro.id(), 1),
                        new PlaceOrderCommand.Line(dollar.id(), 1))), null));
        assertTrue(mixed.field().startsWith("lines["), mixed.field());
        assertEquals(0, shop.reload(euro).stock().reserved());
    }

    @Test
    void theSameIdempotencyKeyPlacesOneOrder() {
        Product product = shop.product(shop.user(Role.SELLER), 10);
        Actor customer = shop.customer();
        IdempotencyKey key = new IdempotencyKey("key-" + UUID.randomUUID());

        PlacedOrder first = placeOrder.place(customer, order(product.id(), 2), key);
        PlacedOrder second = placeOrder.place(customer, order(product.id(), 2), key);
        assertTrue(second.replayed());
        assertEquals(first.order().id(), second.order().id());
        assertEquals(2, shop.reload(product).stock().reserved());

        UnprocessableException changed = assertThrows(UnprocessableException.class,
                () -> placeOrder.place(customer, order(product.id(), 3), key));
        assertEquals("IDEMPOTENCY_KEY_REUSED", changed.code());
        // keys are per user: another customer's identical key is theirs
        assertFalse(placeOrder.place(shop.customer(), order(product.id(), 2), key).replayed());
    }

    @Test
    void concurrentRequestsWithOneKeyPlaceOneOrder() throws Exception {
        Product product = shop.product(shop.user(Role.SELLER), 100);
        Actor customer = shop.customer();
        IdempotencyKey key = new IdempotencyKey("concurrent-" + UUID.randomUUID());
        List<Object> outcomes = runConcurrently(10, () -> placeOrder.place(customer, order(product.id(), 1), key));

        Set<UUID> orderIds = new java.util.HashSet<>();
        for (Object outcome : outcomes) {
            if (outcome instanceof PlacedOrder placed) {
                orderIds.add(placed.order().id());
            } else {
                ConflictException inFlight = (ConflictException) outcome;
                assertEquals("IDEMPOTENCY_KEY_IN_USE", inFlight.code());
            }
        }
        assertEquals(1, orderIds.size());
        assertEquals(1, shop.reload(product).stock().reserved());
    }

    @Test
    void scarceStockIsNeverOversold() throws Exception {
        Product product = shop.product(shop.user(Role.SELLER), 20);
        List<Actor> customers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            customers.add(shop.customer());
        }
        var counter = new java.util.concurrent.atomic.AtomicInteger();
        List<Object> outcomes = runConcurrently(200, () -> placeOrder.place(
                customers.get(counter.getAndIncrement() % customers.size()), order(product.id(), 1), null));

        long placed = outcomes.stream().filter(PlacedOrder.class::isInstance).count();
        long outOfStock = outcomes.stream().filter(o -> o instanceof LineRejectedException e
                && e.code().equals("OUT_OF_STOCK")).count();
        assertEquals(20, placed, () -> "outcomes: " + outcomes.stream().filter(o -> !(o instanceof PlacedOrder))
                .findFirst());
        assertEquals(180, outOfStock, () -> "outcomes: " + outcomes.stream().filter(o -> !(o instanceof PlacedOrder)
                && !(o instanceof LineRejectedException)).findFirst());
        Product after = shop.reload(product);
        assertEquals(20, after.stock().reserved());
        assertEquals(20, after.stock().onHand());
    }

    // ---- reading orders ------------------------------------------------------------------------

    @Test
    void anOrderIsVisibleToItsOwnerTheBackOfficeAndItsSellersOnly() {
        Actor sellerA = shop.user(Role.SELLER);
        Actor sellerB = shop.user(Role.SELLER);
        Product a = shop.product(sellerA, 5, 100, "EUR");
        Product b = shop.product(sellerB, 5, 300, "EUR");
        Actor customer = shop.customer();
        OrderId id = new OrderId(placeOrder.place(customer, order(List.of(new PlaceOrderCommand.Line(a.id(), 1),
                new PlaceOrderCommand.Line(b.id(), 2))), null).order().id());

        assertEquals(2, getOrder.get(customer, id).lines().size());
        assertEquals(2, getOrder.get(shop.user(Role.STAFF), id).lines().size());
        OrderView sellerView = getOrder.get(sellerB, id);
        assertTrue(sellerView.partial());
        assertEquals(List.of(b.id()), sellerView.lines().stream().map(l -> l.productId()).toList());
        assertEquals(600, sellerView.total().amountMinor());

        assertThrows(NotFoundException.class, () -> getOrder.get(shop.customer(), id));
        assertThrows(NotFoundException.class, () -> getOrder.get(shop.user(Role.SELLER), id));
        assertThrows(NotFoundException.class, () -> getOrder.get(customer, new OrderId(UUID.randomUUID())));
    }

    @Test
    void myOrdersAreFilteredNewestFirstAndPaged() {
        Product product = shop.product(shop.user(Role.SELLER), 50);
        Actor customer = shop.customer();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(placeOrder.place(customer, order(product.id(), 1), null).order().id());
            clock.advance(Duration.ofSeconds(1));
        }
        cancelOrder.cancel(customer, new OrderId(ids.get(0)), "changed my mind");

        var all = myOrders.list(customer, new MyOrdersFilter(null, null), new PageRequest(0, 2));
        assertEquals(4, all.total());
        assertEquals(List.of(ids.get(3), ids.get(2)), all.items().stream().map(OrderView::id).toList());
        var history = myOrders.list(customer, new MyOrdersFilter(null, MyOrdersFilter.View.HISTORY),
                new PageRequest(0, 10));
        assertEquals(List.of(ids.get(0)), history.items().stream().map(OrderView::id).toList());
        var pending = myOrders.list(customer, new MyOrdersFilter(Set.of(OrderStatus.PENDING), null),
                new PageRequest(0, 10));
        assertEquals(3, pending.total());
        assertEquals(0, myOrders.list(shop.customer(), new MyOrdersFilter(null, null), new PageRequest(0, 10))
                .total());
        assertEquals(0, myOrders.list(customer, new MyOrdersFilter(Set.of(OrderStatus.CANCELLED),
                MyOrdersFilter.View.CURRENT), new PageRequest(0, 10)).total());
    }

    // ---- cancelling, confirming, status changes ----------------------------------------------

    @Test
    void customerCancelsInsideTheWindowAndStockReturns() {
        Product product = shop.product(shop.user(Role.SELLER), 5);
        Actor customer = shop.customer();
        OrderId id = new OrderId(placeOrder.place(customer, order(product.id(), 3), null).order().id());
        clock.advance(WINDOW.minusSeconds(1));

        OrderView cancelled = cancelOrder.cancel(customer, id, "ordered by mistake");
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(3, cancelled.lines().get(0).cancelled());
        assertEquals(0, shop.reload(product).stock().reserved());
        assertThrows(ConflictException.class, () -> cancelOrder.cancel(customer, id, null));
    }

    @Test
    void afterTheWindowOnlyStaffCancels() {
        Product product = shop.product(shop.user(Role.SELLER), 5);
        Actor customer = shop.customer();
        OrderId id = new OrderId(placeOrder.place(customer, order(product.id(), 2), null).order().id());
        clock.advance(WINDOW);

        ConflictException closed = assertThrows(ConflictException.class, () -> cancelOrder.cancel(customer, id, null));
        assertEquals("CANCELLATION_WINDOW_CLOSED", closed.code());
        assertThrows(NotFoundException.class, () -> cancelOrder.cancel(shop.customer(), id, null));
        assertEquals(OrderStatus.CANCELLED, cancelOrder.cancel(shop.user(Role.STAFF), id, "customer called")
                .status());
        assertEquals(0, shop.reload(product).stock().reserved());
    }

    @Test
    void dueOrdersAreConfirmedOnceWhenTheWindowCloses() {
        Product product = shop.product(shop.user(Role.SELLER), 5);
        Actor customer = shop.customer();
        OrderId id = new OrderId(placeOrder.place(customer, order(product.id(), 1), null).order().id());
        confirmDueOrders.confirmDueOrders();
        assertEquals(OrderStatus.PENDING, getOrder.get(customer, id).status());

        clock.advance(WINDOW);
        assertTrue(confirmDueOrders.confirmDueOrders() >= 1);
        OrderView confirmed = getOrder.get(customer, id);
        assertEquals(OrderStatus.CONFIRMED, confirmed.status());
        assertEquals(clock.instant(), confirmed.confirmedAt());
        assertEquals(0, confirmDueOrders.confirmDueOrders());
        assertEquals(1, shop.reload(product).stock().reserved());
    }

    @Test
    void staffAndSellersMoveOrdersAlongTheStateMachineOnly() {
        Actor seller = shop.user(Role.SELLER);
        Product product = shop.product(seller, 5);
        Actor customer = shop.customer();
        Actor staff = shop.user(Role.STAFF);
        OrderId id = new OrderId(placeOrder.place(customer, order(product.id(), 1), null).order().id());

        InvalidStatusTransitionException early = assertThrows(InvalidStatusTransitionException.class,
                () -> changeStatus.changeStatus(staff, id, OrderStatus.PROCESSING, null));
        assertEquals(List.of(OrderStatus.CANCELLED), early.allowed());
        assertThrows(ForbiddenException.class,
                () -> changeStatus.changeStatus(customer, id, OrderStatus.PROCESSING, null));

        clock.advance(WINDOW);
        confirmDueOrders.confirmDueOrders();
        assertEquals(OrderStatus.PROCESSING, changeStatus.changeStatus(seller, id, OrderStatus.PROCESSING, null)
                .status());
        InvalidStatusTransitionException completed = assertThrows(InvalidStatusTransitionException.class,
                () -> changeStatus.changeStatus(staff, id, OrderStatus.COMPLETED, null));
        assertEquals(List.of(OrderStatus.CANCELLED), completed.allowed());
        assertThrows(ForbiddenException.class, () -> changeStatus.changeStatus(seller, id, OrderStatus.CANCELLED,
                null));
        assertEquals(OrderStatus.CANCELLED, changeStatus.changeStatus(staff, id, OrderStatus.CANCELLED, "no stock")
                .status());
        assertEquals(0, shop.reload(product).stock().reserved());
    }

    /** Starts the calls together and returns each call's result or the exception it threw. */
    static List<Object> runConcurrently(int calls, Callable<Object> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(calls, 32));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
