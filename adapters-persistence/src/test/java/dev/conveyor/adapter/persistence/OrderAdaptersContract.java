package dev.conveyor.adapter.persistence;

import static dev.conveyor.adapter.persistence.Fixtures.NOW;
import static dev.conveyor.adapter.persistence.Fixtures.WINDOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.ordering.port.out.OrderNumberPort;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderItem;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.testsupport.ListPrices;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

abstract class OrderAdaptersContract {

    @Inject
    OrderRepositoryPort orders;
    @Inject
    OrderNumberPort numbers;
    @Inject
    TransactionPort transactions;
    @Inject
    Fixtures fixtures;

    @Test
    void anOrderRoundTripsWithItsLines() {
        User seller = fixtures.user(Role.SELLER);
        User otherSeller = fixtures.user(Role.SELLER);
        User customer = fixtures.user(Role.CUSTOMER);
        Product mug = fixtures.product(seller, 10);
        Product plate = fixtures.product(otherSeller, 10);
        Address address = Address.of("shippingAddress", "Ada", "1 Street", "Flat 2", "Paris", "IDF", "75001", "FR");
        List<OrderItem> items = List.of(
                new OrderItem(mug.id(), mug.sku(), "Mug", Money.of(1250, "EUR"), seller.id(), 2),
                new OrderItem(plate.id(), plate.sku(), "Plate", Money.of(800, "EUR"), otherSeller.id(), 3),
                new OrderItem(mug.id(), mug.sku(), "Mug", Money.of(1250, "EUR"), seller.id(), 1));
        Order order = Order.place(OrderId.newId(), numbers.nextOrderSequence(), customer.id(), items,
                ListPrices.of(items), address, null, NOW, WINDOW);

        transactions.inTransaction(() -> orders.insert(order));

        assertSameOrder(order, orders.findById(order.id()).orElseThrow());
        assertTrue(orders.findById(OrderId.newId()).isEmpty());
    }

    @Test
    void anUpdateWritesStatusAndLineQuantitiesAndMovesTheVersionOn() {
        User customer = fixtures.user(Role.CUSTOMER);
        User seller = fixtures.user(Role.SELLER);
        Order placed = fixtures.order(customer, NOW, fixtures.product(seller, 5), fixtures.product(seller, 5));
        Order order = orders.findById(placed.id()).orElseThrow();
        Instant later = NOW.plusSeconds(10);

        order.cancelByCustomer(customer.id(), "changed my mind", later);
        orders.update(order);

        Order found = orders.findById(order.id()).orElseThrow();
        assertEquals(OrderStatus.CANCELLED, found.status());
        assertEquals(later, found.cancelledAt());
        assertEquals("changed my mind", found.cancellationReason());
        assertEquals(later, found.updatedAt());
        assertEquals(1, found.version());
        assertEquals(List.of(1, 1), found.lines().stream().map(OrderLine::cancelled).toList());
    }

    @Test
    void confirmingAnOrderIsStored() {
        Order placed = fixtures.order(fixtures.user(Role.CUSTOMER), NOW, fixtures.product(fixtures.user(Role.SELLER), 1));
        Order order = orders.findById(placed.id()).orElseThrow();
        Instant afterWindow = NOW.plus(WINDOW).plusSeconds(1);

        order.confirm(afterWindow);
        orders.update(order);

        Order found = orders.findById(order.id()).orElseThrow();
        assertEquals(OrderStatus.CONFIRMED, found.status());
        assertEquals(afterWindow, found.confirmedAt());
    }

    @Test
    void anUpdateOfAStaleVersionIsRefusedAndChangesNothing() {
        User customer = fixtures.user(Role.CUSTOMER);
        Order placed = fixtures.order(customer, NOW, fixtures.product(fixtures.user(Role.SELLER), 3));
        Order first = orders.findById(placed.id()).orElseThrow();
        Order second = orders.findById(placed.id()).orElseThrow();
        first.confirm(NOW.plus(WINDOW));
        orders.update(first);

        second.cancelByCustomer(customer.id(), null, NOW.plusSeconds(1));
        assertThrows(ConcurrentModificationException.class, () -> orders.update(second));

        Order found = orders.findById(placed.id()).orElseThrow();
        assertEquals(OrderStatus.CONFIRMED, found.status());
        assertEquals(0, found.lines().get(0).cancelled());
    }

    @Test
    void aCustomersOrdersComeNewestFirstFilteredAndPaged() {
        User customer = fixtures.user(Role.CUSTOMER);
        User other = fixtures.user(Role.CUSTOMER);
        Product product = fixtures.product(fixtures.user(Role.SELLER), 100);
        Order oldest = fixtures.order(customer, NOW.minusSeconds(300), product, product);
        Order cancelled = fixtures.order(customer, NOW.minusSeconds(200), product);
        Order newest = fixtures.order(customer, NOW.minusSeconds(100), product, product, product);
        fixtures.order(other, NOW, product);
        Order toCancel = orders.findById(cancelled.id()).orElseThrow();
        toCancel.cancelByStaff(customer.id(), null, NOW);
        orders.update(toCancel);

        Page<Order> all = orders.findByCustomer(customer.id(), Set.of(), new PageRequest(0, 10));
        assertEquals(List.of(newest.id(), cancelled.id(), oldest.id()), ids(all));
        assertEquals(3, all.total());
        assertEquals(List.of(3, 1, 2), all.items().stream().map(o -> o.lines().size()).toList(),
                "every order of the page comes with all its lines");

        Page<Order> open = orders.findByCustomer(customer.id(), Set.of(OrderStatus.PENDING, OrderStatus.CONFIRMED),
                new PageRequest(0, 10));
        assertEquals(List.of(newest.id(), oldest.id()), ids(open));
        assertEquals(2, open.total());

        Page<Order> second = orders.findByCustomer(customer.id(), Set.of(), new PageRequest(1, 2));
        assertEquals(List.of(oldest.id()), ids(second));
        assertEquals(3, second.total());
        assertSameOrder(oldest, second.items().get(0));

        Page<Order> beyond = orders.findByCustomer(customer.id(), Set.of(), new PageRequest(5, 2));
        assertTrue(beyond.items().isEmpty());
        assertEquals(3, beyond.total());
        assertEquals(0, orders.findByCustomer(fixtures.user(Role.CUSTOMER).id(), Set.of(), new PageRequest(0, 10))
                .total());
    }

    @Test
    void dueOrdersArePendingOnesWhoseWindowClosedOldestDeadlineFirst() {
        Instant base = Instant.parse("2021-05-05T08:00:00Z");
        User customer = fixtures.user(Role.CUSTOMER);
        Product product = fixtures.product(fixtures.user(Role.SELLER), 100);
        Order second = fixtures.order(customer, base.plusSeconds(10), product, product);
        Order first = fixtures.order(customer, base, product);
        Order third = fixtures.order(customer, base.plusSeconds(20), product);
        Order stillOpen = fixtures.order(customer, base.plusSeconds(100), product);
        Order confirmed = orders.findById(fixtures.order(customer, base.minusSeconds(10), product).id())
                .orElseThrow();
        confirmed.confirm(base.plus(WINDOW));
        orders.update(confirmed);
        Instant now = base.plusSeconds(20).plus(WINDOW);

        List<Order> due = transactions.inTransaction(() -> orders.findDueForConfirmation(now, 10));

        assertEquals(List.of(first.id(), second.id(), third.id()), due.stream().map(Order::id).toList());
        assertSameOrder(second, due.get(1));
        assertEquals(List.of(first.id(), second.id()),
                transactions.inTransaction(() -> orders.findDueForConfirmation(now, 2)).stream().map(Order::id)
                        .toList());
        assertTrue(due.stream().noneMatch(o -> o.id().equals(stillOpen.id())));
    }

    @Test
    void orderNumbersIncrease() {
        long first = numbers.nextOrderSequence();
        long second = numbers.nextOrderSequence();

        assertTrue(first > 0);
        assertTrue(second > first);
    }

    private static List<OrderId> ids(Page<Order> page) {
        return page.items().stream().map(Order::id).toList();
    }

    static void assertSameOrder(Order expected, Order actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.number(), actual.number());
        assertEquals(expected.customerId(), actual.customerId());
        assertEquals(expected.lines(), actual.lines());
        assertEquals(expected.shippingAddress(), actual.shippingAddress());
        assertEquals(expected.notes(), actual.notes());
        assertEquals(expected.total(), actual.total());
        assertEquals(expected.status(), actual.status());
        assertEquals(expected.paymentStatus(), actual.paymentStatus());
        assertEquals(expected.placedAt(), actual.placedAt());
        assertEquals(expected.cancellableUntil(), actual.cancellableUntil());
        assertEquals(expected.confirmedAt(), actual.confirmedAt());
        assertEquals(expected.cancelledAt(), actual.cancelledAt());
        assertEquals(expected.cancellationReason(), actual.cancellationReason());
        assertEquals(expected.updatedAt(), actual.updatedAt());
        assertEquals(expected.version(), actual.version());
    }
}
