package dev.conveyor.bootstrap.usecases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.accounts.port.in.DeleteMyAccountUseCase;
import dev.conveyor.application.accounts.port.in.SignUpCommand;
import dev.conveyor.application.accounts.port.in.SignUpUseCase;
import dev.conveyor.application.backoffice.port.in.ExportOrdersQuery;
import dev.conveyor.application.backoffice.port.in.GetDashboardStatsQuery;
import dev.conveyor.application.backoffice.port.in.GetTodaysDeliveriesQuery;
import dev.conveyor.application.backoffice.port.in.ListAdminOrdersQuery.AdminOrdersPage;
import dev.conveyor.application.backoffice.port.in.ListAdminOrdersQuery;
import dev.conveyor.application.backoffice.port.out.AdminOrderSearch;
import dev.conveyor.application.backoffice.port.out.AdminOrdersPort;
import dev.conveyor.application.backoffice.port.out.OrderCustomer;
import dev.conveyor.application.backoffice.port.out.OrderExportRow;
import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase.ChangeDeliveryStatusCommand;
import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase.CreateDeliveryCommand;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase;
import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.ordering.port.in.CancelOrderUseCase;
import dev.conveyor.application.ordering.port.in.ChangeOrderStatusUseCase;
import dev.conveyor.application.ordering.port.in.ConfirmDueOrdersUseCase;
import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordPaymentCommand;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase;
import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.application.ordering.port.in.PricingTerms;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.application.shared.port.out.DashboardStats;
import dev.conveyor.application.shared.port.out.DeliveriesSummary;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.bootstrap.support.TestClock;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.pricing.ShippingRule;
import dev.conveyor.domain.pricing.TaxCategory;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The back office's list, export and dashboard on a seeded shop, checked against what the orders
 * themselves say; each subclass runs it on one persistence adapter. The class's context holds no other
 * orders, so the expected figures are computed from every order the tests placed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BackOfficeContract {

    @Inject Shop shop;
    @Inject TestClock clock;
    @Inject SignUpUseCase signUp;
    @Inject PlaceOrderUseCase placeOrder;
    @Inject ConfirmDueOrdersUseCase confirmDueOrders;
    @Inject ChangeOrderStatusUseCase changeStatus;
    @Inject CancelOrderUseCase cancelOrder;
    @Inject CreateDeliveryUseCase createDelivery;
    @Inject ChangeDeliveryStatusUseCase changeDelivery;
    @Inject RecordPaymentUseCase recordPayment;
    @Inject GetOrderQuery getOrder;
    @Inject ListAdminOrdersQuery adminOrders;
    @Inject ExportOrdersQuery exportOrders;
    @Inject GetDashboardStatsQuery dashboard;
    @Inject GetTodaysDeliveriesQuery todaysDeliveries;
    @Inject AdminOrdersPort adminOrdersPort;
    @Inject DeleteMyAccountUseCase deleteAccount;
    @Inject UserRepositoryPort users;
    @Inject TaxRatePort rates;
    @Inject ShippingMethodPort methods;

    private final List<OrderId> placed = new ArrayList<>();
    private final Map<UUID, User> customers = new HashMap<>();
    private Actor staff;
    private Actor admin;
    private Actor sellerA;
    private Actor sellerB;
    private Actor grace;
    private Actor alan;
    private Actor ada;
    private Product mug;
    private Product teapot;
    private Product spoon;
    private Product dollarMug;

    /**
     * Four customers (one of whom deleted her account), two sellers, eleven orders over three days: every
     * order status, several payment and fulfilment statuses, two currencies, deliveries in every state.
     */
    @BeforeAll
    void seed() {
        staff = shop.user(Role.STAFF);
        admin = shop.admin();
        sellerA = shop.user(Role.SELLER);
        sellerB = shop.user(Role.SELLER);
        grace = customer("Grace Hopper");
        alan = customer("Alan Turing");
        Actor edsger = customer("Edsger Dijkstra");
        ada = customer("Ada Lovelace");
        mug = shop.product(sellerA, 1000, 1200, "EUR");
        teapot = shop.product(sellerA, 1000, 4500, "EUR");
        spoon = shop.product(sellerB, 1000, 350, "EUR");
        dollarMug = shop.product(sellerB, 1000, 1999, "USD");

        OrderId cancelled = place(grace, line(mug, 2));
        later(Duration.ofHours(20));
        OrderId delivered = place(alan, line(teapot, 1), line(spoon, 4));
        OrderId processing = place(edsger, line(mug, 3));
        OrderId paidInFull = place(grace, line(spoon, 2));
        later(Duration.ofHours(26));
        OrderId dollars = place(alan, line(dollarMug, 2));
        OrderId partlyShipped = place(edsger, line(teapot, 2), line(mug, 1));
        later(Duration.ofHours(3));
        OrderId confirmed = place(grace, line(teapot, 1));
        confirmDue();
        later(Duration.ofMinutes(30));
        place(alan, line(spoon, 1));
        placeTaxed(edsger, line(mug, 1), line(spoon, 1));
        later(Duration.ofMinutes(10));
        place(grace, line(dollarMug, 1));
        // B's orders sorted by customer e-mail must follow Ada's address to its placeholder (a copy per seller
        // on PostgreSQL)
        place(ada, line(teapot, 1), line(spoon, 1));
        deleteAccount.delete(ada);
        customers.put(ada.userId().value(), users.findById(ada.userId()).orElseThrow());

        cancelOrder.cancel(staff, cancelled, "changed their mind");
        changeStatus.changeStatus(staff, processing, OrderStatus.PROCESSING, null);
        DeliveryView whole = deliver(delivered, List.of());
        move(move(whole, DeliveryStatus.SHIPPED), DeliveryStatus.DELIVERED);
        deliver(partlyShipped, List.of(new CreateDeliveryUseCase.Line(1, 1)));
        move(deliver(partlyShipped, List.of(new CreateDeliveryUseCase.Line(2, 1))), DeliveryStatus.SHIPPED);
        pay(paidInFull, 700);
        pay(processing, 1000);
        pay(dollars, 3998);
        pay(delivered, 1000);
        assertNotNull(confirmed);
    }

    // ---- the list --------------------------------------------------------------------------------------

    @Test
    void withoutFiltersTheListHoldsEveryOrderNewestFirst() {
        List<OrderView> all = orders();

        AdminOrdersPage page = adminOrders.list(staff, AdminOrderSearch.all(), new PageRequest(0, 100));

        assertEquals(ids(sorted(all, AdminOrderSearch.Sort.CREATED_AT, SortDirection.DESC)), ids(page));
        assertEquals(all.size(), page.orders().total());
        assertTrue(page.totalExact());
    }

    @Test
    void everyFilterFindsWhatTheOrdersSay() {
        List<OrderView> all = orders();
        OrderView sample = all.get(3);
        Instant from = all.stream().map(OrderView::placedAt).sorted().toList().get(2);
        Instant to = all.stream().map(OrderView::placedAt).sorted().toList().get(7);
        Map<AdminOrderSearch, Predicate<OrderView>> filters = new LinkedHashMap<>();
        filters.put(text(sample.number().substring(4).toLowerCase(Locale.ROOT)),
                o -> o.number().equals(sample.number()));
        // a whole number, in any case, finds its order by the number alone
        filters.put(text(sample.number().toLowerCase(Locale.ROOT)), o -> o.number().equals(sample.number()));
        filters.put(text("GRACE-"), o -> o.customerId().equals(grace.userId().value()));
        filters.put(text("dijkstra"), o -> "Edsger Dijkstra".equals(name(o)));
        // words of a name, each the start of one of its words, in any order
        filters.put(text("hop GRA"), o -> o.customerId().equals(grace.userId().value()));
        filters.put(text("hopper alan"), o -> false);
        // a whole email, and a start that other emails and names hold further in: only the start counts
        filters.put(text(customers.get(grace.userId().value()).email().value().toUpperCase(Locale.ROOT)),
                o -> o.customerId().equals(grace.userId().value()));
        filters.put(text("a"), o -> o.customerId().equals(alan.userId().value()));
        // nothing starts with "race": then anywhere (Grace's email and name)
        filters.put(text("race"), o -> o.customerId().equals(grace.userId().value()));
        filters.put(text(spoon.sku().value().toLowerCase(Locale.ROOT)),
                o -> o.lines().stream().anyMatch(l -> l.sku().equals(spoon.sku())));
        filters.put(text(spoon.sku().value().substring(0, 9).toLowerCase(Locale.ROOT)),
                o -> o.lines().stream().anyMatch(l -> l.sku().equals(spoon.sku())));
        filters.put(text("no such thing"), o -> false);
        // a deleted account's placeholder email is no one's: it finds nothing
        filters.put(text("deleted.invalid"), o -> false);
        filters.put(text("100%_"), o -> false);
        filters.put(search(Set.of(OrderStatus.PENDING, OrderStatus.CANCELLED), null, null, null, null, null),
                o -> o.status() == OrderStatus.PENDING || o.status() == OrderStatus.CANCELLED);
        filters.put(search(null, Set.of(PaymentStatus.PARTIALLY_PAID), null, null, null, null),
                o -> o.paymentStatus() == PaymentStatus.PARTIALLY_PAID);
        filters.put(search(null, null, Set.of(FulfillmentStatus.DELIVERED, FulfillmentStatus.PARTIALLY_SHIPPED),
                        null, null, null),
                o -> o.fulfillmentStatus() == FulfillmentStatus.DELIVERED
                        || o.fulfillmentStatus() == FulfillmentStatus.PARTIALLY_SHIPPED);
        filters.put(search(null, null, null, from, to, null),
                o -> !o.placedAt().isBefore(from) && o.placedAt().isBefore(to));
        filters.put(search(null, null, null, from, null, null), o -> !o.placedAt().isBefore(from));
        filters.put(search(null, null, null, null, to, null), o -> o.placedAt().isBefore(to));
        filters.put(search(null, null, null, null, null, sellerB.userId()),
                o -> o.lines().stream().anyMatch(l -> l.sellerId().equals(sellerB.userId())));
        filters.put(new AdminOrderSearch("hopper", Set.of(OrderStatus.CONFIRMED, OrderStatus.PENDING), null, null,
                        null, null, sellerA.userId(), null, null),
                o -> o.customerId().equals(grace.userId().value())
                        && Set.of(OrderStatus.CONFIRMED, OrderStatus.PENDING).contains(o.status())
                        && o.lines().stream().anyMatch(l -> l.sellerId().equals(sellerA.userId())));

        filters.forEach((search, expected) -> {
            List<UUID> wanted = ids(sorted(all.stream().filter(expected).toList(), AdminOrderSearch.Sort.CREATED_AT,
                    SortDirection.DESC));
            AdminOrdersPage page = adminOrders.list(admin, search, new PageRequest(0, 100));
            assertEquals(wanted, ids(page), () -> "orders found by " + search);
            assertEquals(wanted.size(), page.orders().total(), () -> "total of " + search);
        });
        assertTrue(filters.values().stream().filter(f -> all.stream().anyMatch(f)).count() >= 17,
                "the seed gives almost every filter something to find");
    }

    @Test
    void everyOrderShowsItsCustomerAndADeletedAccountNeitherEmailNorName() {
        AdminOrdersPage all = adminOrders.list(staff, AdminOrderSearch.all(), new PageRequest(0, 100));

        for (OrderView order : all.orders().items()) {
            assertEquals(expectedCustomer(order.customerId()), all.customers().get(order.customerId()));
        }
        assertEquals(customers.keySet(), all.customers().keySet());
        assertEquals(new OrderCustomer(ada.userId().value(), null, null), all.customers().get(ada.userId().value()));
        AdminOrdersPage page = adminOrders.list(staff, AdminOrderSearch.all(), new PageRequest(1, 2));
        assertEquals(page.orders().items().stream().map(OrderView::customerId).collect(Collectors.toSet()),
                page.customers().keySet(), "a page holds the customers of its own orders");
    }

    @Test
    void everySortOrdersEveryOrderBothWays() {
        List<OrderView> all = orders();
        for (AdminOrderSearch.Sort sort : AdminOrderSearch.Sort.values()) {
            for (SortDirection direction : SortDirection.values()) {
                AdminOrderSearch search = new AdminOrderSearch(null, null, null, null, null, null, null, sort,
                        direction);
                assertEquals(ids(sorted(all, sort, direction)),
                        ids(adminOrders.list(staff, search, new PageRequest(0, 100))), sort + " " + direction);
            }
        }
    }

    /** With a date range, PostgreSQL sorts numbers in another collation (AdminOrderSql): the order must not change. */
    @Test
    void everySortOrdersADateRangeBothWays() {
        List<OrderView> all = orders();
        Instant from = all.stream().map(OrderView::placedAt).sorted().toList().get(2);
        List<OrderView> inRange = all.stream().filter(o -> !o.placedAt().isBefore(from)).toList();
        for (AdminOrderSearch.Sort sort : AdminOrderSearch.Sort.values()) {
            for (SortDirection direction : SortDirection.values()) {
                AdminOrderSearch search = new AdminOrderSearch(null, null, null, null, from, null, null, sort,
                        direction);
                assertEquals(ids(sorted(inRange, sort, direction)),
                        ids(adminOrders.list(staff, search, new PageRequest(0, 100))), sort + " " + direction);
            }
        }
    }

    /**
     * A seller's orders are read from a copy per seller on PostgreSQL: it must hold the orders' current
     * status and total (the seed moves orders after placing them) and sort as the orders do.
     */
    @Test
    void aSellersOrdersSortEveryWayAndShowTheirCurrentStatus() {
        List<OrderView> all = orders();
        List<OrderView> theirs = all.stream()
                .filter(o -> o.lines().stream().anyMatch(l -> l.sellerId().equals(sellerB.userId()))).toList();
        OrderStatus moved = theirs.stream().map(OrderView::status).filter(s -> s != OrderStatus.PENDING)
                .findFirst().orElseThrow(() -> new AssertionError("the seed moves some of B's orders"));
        for (Set<OrderStatus> statuses : List.of(Set.of(moved), Set.of(moved, OrderStatus.PENDING))) {
            List<OrderView> inStatus = theirs.stream().filter(o -> statuses.contains(o.status())).toList();
            for (AdminOrderSearch.Sort sort : AdminOrderSearch.Sort.values()) {
                for (SortDirection direction : SortDirection.values()) {
                    AdminOrderSearch seller = new AdminOrderSearch(null, null, null, null, null, null,
                            sellerB.userId(), sort, direction);
                    AdminOrderSearch sellerAndStatus = new AdminOrderSearch(null, statuses, null, null, null, null,
                            sellerB.userId(), sort, direction);
                    assertEquals(ids(sorted(theirs, sort, direction)),
                            ids(adminOrders.list(staff, seller, new PageRequest(0, 100))), sort + " " + direction);
                    assertEquals(ids(sorted(inStatus, sort, direction)),
                            ids(adminOrders.list(staff, sellerAndStatus, new PageRequest(0, 100))),
                            statuses + ", " + sort + " " + direction);
                }
            }
        }
    }

    /**
     * The orders of the one SKU a text names are read from a copy per SKU on PostgreSQL when sorted by placing
     * time: it must hold the orders' current status (the seed moves orders after placing them) and sort as the
     * orders do, with and without statuses and a date range, as must the other sorts and a start of several
     * SKUs, which read the lines.
     */
    @Test
    void aSkusOrdersSortEveryWayAndShowTheirCurrentStatus() {
        List<OrderView> all = orders();
        Instant from = all.stream().map(OrderView::placedAt).sorted().toList().get(2);
        Map<String, Predicate<OrderView>> texts = new LinkedHashMap<>();
        texts.put(spoon.sku().value().toLowerCase(Locale.ROOT), o -> hasLineOf(o, spoon));
        texts.put(mug.sku().value(), o -> hasLineOf(o, mug));
        texts.put("sku-", o -> true);
        texts.forEach((text, expected) -> {
            List<OrderView> theirs = all.stream().filter(expected).toList();
            OrderStatus moved = theirs.stream().map(OrderView::status).filter(s -> s != OrderStatus.PENDING)
                    .findFirst().orElseThrow(() -> new AssertionError("the seed moves some orders of " + text));
            for (Set<OrderStatus> statuses : List.of(Set.<OrderStatus>of(), Set.of(moved),
                    Set.of(moved, OrderStatus.PENDING))) {
                for (Instant since : Arrays.asList(null, from)) {
                    List<OrderView> found = theirs.stream()
                            .filter(o -> statuses.isEmpty() || statuses.contains(o.status()))
                            .filter(o -> since == null || !o.placedAt().isBefore(since)).toList();
                    for (AdminOrderSearch.Sort sort : AdminOrderSearch.Sort.values()) {
                        for (SortDirection direction : SortDirection.values()) {
                            AdminOrderSearch search = new AdminOrderSearch(text, statuses, null, null, since, null,
                                    null, sort, direction);
                            AdminOrdersPage page = adminOrders.list(staff, search, new PageRequest(0, 100));
                            assertEquals(ids(sorted(found, sort, direction)), ids(page), () -> "orders found by " + search);
                            assertEquals(found.size(), page.orders().total(), () -> "total of " + search);
                        }
                    }
                }
            }
        });
        AdminOrderSearch newest = text(spoon.sku().value());
        List<UUID> whole = ids(adminOrders.list(staff, newest, new PageRequest(0, 100)));
        assertTrue(whole.size() > 3, "the seed gives the spoon more than a page of 2");
        assertEquals(whole.subList(2, 4), ids(adminOrders.list(staff, newest, new PageRequest(1, 2))));
    }

    private static boolean hasLineOf(OrderView order, Product product) {
        return order.lines().stream().anyMatch(l -> l.sku().equals(product.sku()));
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        AdminOrderSearch byTotal = new AdminOrderSearch(null, null, null, null, null, null, null,
                AdminOrderSearch.Sort.TOTAL, SortDirection.DESC);
        List<UUID> whole = ids(adminOrders.list(staff, byTotal, new PageRequest(0, 100)));
        List<UUID> paged = new ArrayList<>();
        for (int page = 0; page * 3 < whole.size(); page++) {
            AdminOrdersPage found = adminOrders.list(staff, byTotal, new PageRequest(page, 3));
            assertEquals(whole.size(), found.orders().total());
            assertEquals(3, found.orders().size());
            paged.addAll(ids(found));
        }
        assertEquals(whole, paged);
        assertTrue(adminOrders.list(staff, byTotal, new PageRequest(50, 3)).orders().items().isEmpty());
    }

    @Test
    void theCountStopsAtItsLimitAndSaysSo() {
        int all = orders().size();

        AdminOrdersPort.Found capped = adminOrdersPort.search(AdminOrderSearch.all(), new PageRequest(1, 2), 3);
        AdminOrdersPort.Found counted = adminOrdersPort.search(AdminOrderSearch.all(), new PageRequest(1, 2), all);

        assertEquals(3, capped.total());
        assertFalse(capped.complete());
        assertEquals(2, capped.orders().size(), "the page itself is whole");
        assertEquals(all, counted.total());
        assertTrue(counted.complete());
        assertEquals(capped.orders().stream().map(o -> o.id()).toList(),
                counted.orders().stream().map(o -> o.id()).toList());
    }

    @Test
    void onlyStaffAndAdministratorsSeeEveryOrder() {
        for (Actor caller : List.of(grace, sellerA)) {
            assertThrows(ForbiddenException.class,
                    () -> adminOrders.list(caller, AdminOrderSearch.all(), new PageRequest(0, 20)));
            assertThrows(ForbiddenException.class, () -> exportOrders.export(caller, AdminOrderSearch.all()));
            assertThrows(ForbiddenException.class, () -> dashboard.stats(caller));
            assertThrows(ForbiddenException.class, () -> todaysDeliveries.today(caller));
        }
    }

    @Test
    void aSearchEndingBeforeItStartsIsRefused() {
        Instant now = clock.instant();
        assertEquals("to", assertThrows(InvalidInputException.class,
                () -> new AdminOrderSearch(null, null, null, null, now, now, null, null, null)).field());
    }

    // ---- the export ------------------------------------------------------------------------------------

    @Test
    void theExportHasOneRowPerOrderOfTheListInTheListsOrder() {
        AdminOrderSearch search = new AdminOrderSearch(null, Set.of(OrderStatus.CONFIRMED, OrderStatus.PROCESSING,
                OrderStatus.PENDING), null, null, null, null, null, AdminOrderSearch.Sort.CUSTOMER_EMAIL,
                SortDirection.ASC);
        List<OrderView> listed = adminOrders.list(staff, search, new PageRequest(0, 100)).orders().items();
        List<OrderExportRow> rows = new ArrayList<>();

        exportOrders.export(staff, search).writeTo(rows::add);

        assertEquals(listed.stream().map(OrderView::id).toList(), rows.stream().map(OrderExportRow::id).toList());
        for (int i = 0; i < rows.size(); i++) {
            OrderView order = listed.get(i);
            OrderExportRow row = rows.get(i);
            OrderCustomer customer = expectedCustomer(order.customerId());
            assertEquals(order.number(), row.number());
            assertEquals(order.placedAt(), row.placedAt());
            assertEquals(order.confirmedAt(), row.confirmedAt());
            assertEquals(order.status(), row.status());
            assertEquals(order.paymentStatus(), row.paymentStatus());
            assertEquals(order.fulfillmentStatus(), row.fulfillmentStatus());
            assertEquals(order.progress(), row.progress());
            assertEquals(order.total(), row.total());
            PriceBreakdown price = order.price();
            assertEquals(price.totals().net(), row.net().amountMinor());
            assertEquals(price.totals().tax(), row.tax().amountMinor());
            assertEquals(price.shipping() == null ? 0 : price.shipping().gross(), row.shipping().amountMinor());
            assertEquals(price.totals().discount(), row.discount().amountMinor());
            assertEquals(order.total().currency(), row.net().currency());
            assertEquals(customer, new OrderCustomer(row.customerId(), row.customerEmail(), row.customerName()));
            assertEquals(order.lines().size(), row.lines());
            assertEquals(order.lines().stream().mapToLong(l -> l.quantity()).sum(), row.units());
            assertEquals(order.shippingAddress().country(), row.shipCountry());
        }
        Map<String, Long> paid = rows.stream().collect(Collectors.toMap(OrderExportRow::number,
                r -> r.paid().amountMinor()));
        assertEquals(Set.of(0L, 700L, 1000L, 3998L), Set.copyOf(paid.values()));
        assertTrue(rows.stream().anyMatch(r -> r.tax().amountMinor() == 395 && r.net().amountMinor() == 1645
                && r.shipping().amountMinor() == 490), "the order to Finland with its tax and shipping");
    }

    // ---- the dashboard ---------------------------------------------------------------------------------

    @Test
    void theDashboardCountsAndSumsEveryOrder() {
        List<OrderView> all = orders();

        DashboardStats stats = dashboard.stats(staff);

        assertEquals(all.size(), stats.orders());
        for (OrderStatus status : OrderStatus.values()) {
            assertEquals(all.stream().filter(o -> o.status() == status).count(), stats.byStatus().get(status),
                    status::name);
        }
        for (PaymentStatus status : PaymentStatus.values()) {
            assertEquals(all.stream().filter(o -> o.paymentStatus() == status).count(),
                    stats.byPaymentStatus().get(status), status::name);
        }
        for (FulfillmentStatus status : FulfillmentStatus.values()) {
            assertEquals(all.stream().filter(o -> o.fulfillmentStatus() == status).count(),
                    stats.byFulfillmentStatus().get(status), status::name);
        }
        List<OrderView> live = all.stream().filter(o -> o.status() != OrderStatus.CANCELLED).toList();
        assertEquals(perCurrency(live, o -> o.total().amountMinor()), stats.revenue());
        assertEquals(perCurrency(live, o -> o.price().totals().net()), stats.revenueNet());
        assertEquals(stats.revenue().get(0).amountMinor() - 395, stats.revenueNet().get(0).amountMinor(),
                "the order to Finland's tax is the only tax");
        Map<UUID, Long> paid = paidPerOrder();
        assertEquals(perCurrency(live, o -> Math.max(0, o.total().amountMinor() - paid.getOrDefault(o.id(), 0L))),
                stats.unpaid());
        assertTrue(stats.unpaid().get(0).amountMinor() > 0);
    }

    @Test
    void theDashboardPutsEveryRecentOrderIntoItsHourAndDay() {
        List<OrderView> all = orders();
        Instant now = clock.instant();

        DashboardStats stats = dashboard.stats(admin);

        assertEquals(24, stats.lastDay().size());
        assertEquals(30, stats.lastMonth().size());
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        assertEquals(hour, stats.lastDay().get(23).start());
        assertEquals(now.truncatedTo(ChronoUnit.DAYS), stats.lastMonth().get(29).start());
        checkBuckets(all, stats.lastDay(), Duration.ofHours(1));
        checkBuckets(all, stats.lastMonth(), Duration.ofDays(1));
        assertTrue(stats.lastDay().stream().mapToLong(DashboardStats.Bucket::orders).sum() < all.size(),
                "some orders are older than a day");
        assertEquals(all.size(), stats.lastMonth().stream().mapToLong(DashboardStats.Bucket::orders).sum());
    }

    @Test
    void aChangeShowsInTheDashboardAtOnceThoughItIsCached() {
        DashboardStats before = dashboard.stats(staff);
        assertEquals(before, dashboard.stats(staff), "the second read is the cached one");

        OrderId added = place(grace, line(mug, 1));

        DashboardStats after = dashboard.stats(staff);
        assertEquals(before.orders() + 1, after.orders());
        assertEquals(before.byStatus().get(OrderStatus.PENDING) + 1, after.byStatus().get(OrderStatus.PENDING));

        pay(added, 1200);

        assertEquals(after.byPaymentStatus().get(PaymentStatus.PAID) + 1,
                dashboard.stats(staff).byPaymentStatus().get(PaymentStatus.PAID));
    }

    @Test
    void todaysDeliveriesAreCountedByStatusAndValuedAtTheOrdersPrices() {
        DeliveriesSummary before = todaysDeliveries.today(staff);
        assertEquals(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), before.day());
        assertEquals(3, before.count(), "the seed's three deliveries were all created today");
        assertEquals(1, before.delivered());
        assertEquals(2, before.pending());
        assertEquals(List.of(Money.of(4500 + 4 * 350 + 4500 + 1200, "EUR")), before.value());

        OrderId order = place(grace, line(spoon, 3));
        confirmDue();
        DeliveryView delivery = deliver(order, List.of());

        DeliveriesSummary after = todaysDeliveries.today(staff);
        assertEquals(before.count() + 1, after.count());
        assertEquals(before.pending() + 1, after.pending());
        assertEquals(List.of(Money.of(before.value().get(0).amountMinor() + 3 * 350, "EUR")), after.value());

        move(move(delivery, DeliveryStatus.SHIPPED), DeliveryStatus.DELIVERED);

        assertEquals(before.delivered() + 1, todaysDeliveries.today(staff).delivered());
        clock.advance(Duration.ofDays(1));
        assertEquals(0, todaysDeliveries.today(staff).count(), "a new day starts with no deliveries");
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private Actor customer(String name) {
        String email = name.split(" ")[0].toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@conveyor.test";
        User user = signUp.signUp(Shop.anonymous(), SignUpCommand.of(email, Shop.PASSWORD, name));
        customers.put(user.id().value(), user);
        return Shop.actor(user);
    }

    private static PlaceOrderCommand.Line line(Product product, int quantity) {
        return new PlaceOrderCommand.Line(product.id(), quantity);
    }

    private OrderId place(Actor customer, PlaceOrderCommand.Line... lines) {
        OrderId id = new OrderId(placeOrder.place(customer, Shop.order(List.of(lines)), null).order().id());
        placed.add(id);
        clock.advance(Duration.ofMinutes(1));
        return id;
    }

    /**
     * An order shipped to Finland, where the seed's 24 % standard rate and a flat 4.90 parcel apply: mug
     * 12.00 holds 2.32 of tax, spoon 3.50 0.68, the parcel 0.95; 20.40 gross, 3.95 tax, 16.45 net.
     */
    private void placeTaxed(Actor customer, PlaceOrderCommand.Line... lines) {
        rates.insert(new TaxRate(TaxRateId.newId(), "ALV 24 %", "FI", null, TaxCategory.STANDARD, new BigDecimal("24"),
                LocalDate.of(2000, 1, 1), null));
        ShippingMethod parcel = new ShippingMethod(ShippingMethodId.newId(), "Parcel", "Posti", "EUR", Set.of("FI"),
                new ShippingRule.Flat(490), null, TaxCategory.STANDARD, true);
        methods.insert(parcel);
        Address helsinki = Address.of("shippingAddress", "Tove Jansson", "Esplanadi 1", null, "Helsinki", null, "00100",
                "FI");
        OrderView order = placeOrder.place(customer, new PlaceOrderCommand(List.of(lines), helsinki, null,
                new PricingTerms(parcel.id(), null, 2040L)), null).order();
        assertEquals(new PriceBreakdown.Totals(1550, 0, 1645, 395, 2040), order.price().totals());
        placed.add(new OrderId(order.id()));
        clock.advance(Duration.ofMinutes(1));
    }

    private void later(Duration duration) {
        clock.advance(duration);
        confirmDue();
    }

    private void confirmDue() {
        clock.advance(UseCaseContract.WINDOW);
        confirmDueOrders.confirmDueOrders();
    }

    private DeliveryView deliver(OrderId order, List<CreateDeliveryUseCase.Line> lines) {
        return createDelivery.create(staff, order, new CreateDeliveryCommand(lines, "DHL", null), null).delivery();
    }

    private DeliveryView move(DeliveryView delivery, DeliveryStatus status) {
        return changeDelivery.changeStatus(staff, new DeliveryId(delivery.id()),
                new ChangeDeliveryStatusCommand(status, null, null, null));
    }

    private void pay(OrderId order, long amountMinor) {
        String currency = getOrder.get(staff, order).total().currency();
        recordPayment.record(staff, order, new RecordPaymentCommand(PaymentMethod.CASH,
                Money.of(amountMinor, currency), null, null, null), null);
    }

    private List<OrderView> orders() {
        return placed.stream().map(id -> getOrder.get(admin, id)).toList();
    }

    /** Net payments per order, as the ledger of each order has them. */
    private Map<UUID, Long> paidPerOrder() {
        Map<UUID, Long> paid = new HashMap<>();
        List<OrderExportRow> rows = new ArrayList<>();
        exportOrders.export(staff, AdminOrderSearch.all()).writeTo(rows::add);
        rows.forEach(row -> paid.put(row.id(), row.paid().amountMinor()));
        return paid;
    }

    /** A deleted account's placeholder email and emptied name are no one's: the back office shows neither. */
    private OrderCustomer expectedCustomer(UUID id) {
        User user = customers.get(id);
        return user.isActive() ? new OrderCustomer(id, user.email().value(), user.profile().name())
                : new OrderCustomer(id, null, null);
    }

    private String name(OrderView order) {
        return customers.get(order.customerId()).profile().name();
    }

    private static AdminOrderSearch text(String text) {
        return new AdminOrderSearch(text, null, null, null, null, null, null, null, null);
    }

    private static AdminOrderSearch search(Set<OrderStatus> statuses, Set<PaymentStatus> payments,
                                           Set<FulfillmentStatus> fulfilments, Instant from, Instant to,
                                           UserId seller) {
        return new AdminOrderSearch(null, statuses, payments, fulfilments, from, to, seller, null, null);
    }

    private List<OrderView> sorted(List<OrderView> orders, AdminOrderSearch.Sort sort, SortDirection direction) {
        Comparator<OrderView> tieBreak = Comparator.comparing(OrderView::placedAt).thenComparing(OrderView::id);
        Comparator<OrderView> ascending = switch (sort) {
            case CREATED_AT -> tieBreak;
            case NUMBER -> Comparator.comparing(OrderView::number);
            case TOTAL -> Comparator.<OrderView>comparingLong(o -> o.total().amountMinor()).thenComparing(tieBreak);
            case STATUS -> Comparator.<OrderView, String>comparing(o -> o.status().name()).thenComparing(tieBreak);
            case CUSTOMER_EMAIL -> Comparator.<OrderView, String>comparing(
                    o -> customers.get(o.customerId()).email().value()).thenComparing(tieBreak);
        };
        return orders.stream().sorted(direction == SortDirection.ASC ? ascending : ascending.reversed()).toList();
    }

    private static List<UUID> ids(List<OrderView> orders) {
        return orders.stream().map(OrderView::id).toList();
    }

    private static List<UUID> ids(AdminOrdersPage page) {
        return ids(page.orders().items());
    }

    private static List<Money> perCurrency(List<OrderView> orders, ToLongFunction<OrderView> f) {
        Map<String, Long> sums = new TreeMap<>();
        orders.forEach(o -> sums.merge(o.total().currency(), f.applyAsLong(o), Long::sum));
        return sums.entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> Money.of(e.getValue(), e.getKey())).toList();
    }

    private static void checkBuckets(List<OrderView> all, List<DashboardStats.Bucket> buckets, Duration width) {
        for (DashboardStats.Bucket bucket : buckets) {
            Instant end = bucket.start().plus(width);
            List<OrderView> inside = all.stream()
                    .filter(o -> !o.placedAt().isBefore(bucket.start()) && o.placedAt().isBefore(end)).toList();
            assertEquals(inside.size(), bucket.orders(), () -> "orders from " + bucket.start());
            assertEquals(perCurrency(inside.stream().filter(o -> o.status() != OrderStatus.CANCELLED).toList(),
                    o -> o.total().amountMinor()), bucket.revenue(), () -> "revenue from " + bucket.start());
        }
    }
}
