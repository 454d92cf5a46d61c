package dev.conveyor.adapter.inmemory.order;

import static dev.conveyor.adapter.inmemory.Fixtures.T0;
import static dev.conveyor.adapter.inmemory.Fixtures.order;
import static dev.conveyor.adapter.inmemory.Fixtures.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.inmemory.Fixtures;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryOrderRepositoryAdapterTest {

    private static final Duration WINDOW = Duration.ofSeconds(60);

    private final InMemoryOrderRepositoryAdapter orders = Fixtures.Adapters.create().orders();
    private final Product product = product("SKU-1", 100);
    private final UserId customer = UserId.newId();

    @Test
    void storesEverythingAndRehydratesAFreshOrderOnEveryRead() {
        Order placed = order(customer, 1, product, 3, T0, WINDOW);
        orders.insert(placed);

        Order loaded = orders.findById(placed.id()).orElseThrow();
        assertNotSame(loaded, orders.findById(placed.id()).orElseThrow());
        assertEquals(placed.number(), loaded.number());
        assertEquals(placed.lines(), loaded.lines());
        assertEquals(placed.total(), loaded.total());
        assertEquals(placed.shippingAddress(), loaded.shippingAddress());
        assertEquals(placed.cancellableUntil(), loaded.cancellableUntil());
        assertTrue(loaded.pullEvents().isEmpty());
        assertTrue(orders.findById(OrderId.newId()).isEmpty());
        assertThrows(IllegalStateException.class, () -> orders.insert(placed));
    }

    @Test
    void aLoadedOrderChangesTheStoreOnlyThroughUpdateWhichMovesTheVersion() {
        Order placed = order(customer, 1, product, 3, T0, WINDOW);
        orders.insert(placed);
        Order loaded = orders.findById(placed.id()).orElseThrow();

        loaded.cancelByCustomer(customer, "changed my mind", T0.plusSeconds(1));
        assertEquals(OrderStatus.PENDING, orders.findById(placed.id()).orElseThrow().status());

        orders.update(loaded);
        Order stored = orders.findById(placed.id()).orElseThrow();
        assertEquals(OrderStatus.CANCELLED, stored.status());
        assertEquals("changed my mind", stored.cancellationReason());
        assertEquals(3, stored.lines().get(0).cancelled());
        assertEquals(1, stored.version());
    }

    @Test
    void updateWithAStaleVersionIsAConcurrentModification() {
        Order placed = order(customer, 1, product, 3, T0, WINDOW);
        orders.insert(placed);
        Order confirming = orders.findById(placed.id()).orElseThrow();
        Order cancelling = orders.findById(placed.id()).orElseThrow();
        confirming.confirm(T0.plus(WINDOW));
        orders.update(confirming);

        cancelling.cancelByStaff(UserId.newId(), null, T0.plus(WINDOW));
        assertThrows(ConcurrentModificationException.class, () -> orders.update(cancelling));
        assertEquals(OrderStatus.CONFIRMED, orders.findById(placed.id()).orElseThrow().status());
    }

    @Test
    void findByCustomerListsNewestFirstFilteredByStatusAndPaged() {
        Order first = order(customer, 1, product, 1, T0, WINDOW);
        Order second = order(customer, 2, product, 1, T0.plusSeconds(10), WINDOW);
        Order third = order(customer, 3, product, 1, T0.plusSeconds(20), WINDOW);
        List.of(first, second, third, order(UserId.newId(), 4, product, 1, T0.plusSeconds(30), WINDOW))
                .forEach(orders::insert);
        Order cancelled = orders.findById(second.id()).orElseThrow();
        cancelled.cancelByCustomer(customer, null, T0.plusSeconds(11));
        orders.update(cancelled);

        assertEquals(List.of(third.id(), second.id(), first.id()),
                ids(orders.findByCustomer(customer, Set.of(), PageRequest.of(0, 10))));
        assertEquals(List.of(third.id(), first.id()),
                ids(orders.findByCustomer(customer, Set.of(OrderStatus.PENDING), PageRequest.of(0, 10))));
        Page<Order> page = orders.findByCustomer(customer, Set.of(), PageRequest.of(1, 2));
        assertEquals(List.of(first.id()), ids(page));
        assertEquals(3, page.total());
    }

    @Test
    void findDueForConfirmationReturnsPendingOrdersWhoseWindowClosedOldestDeadlineFirst() {
        Instant now = T0.plusSeconds(100);
        Order dueLater = order(customer, 1, product, 1, T0.plusSeconds(30), WINDOW);
        Order dueFirst = order(customer, 2, product, 1, T0, WINDOW);
        Order dueExactlyNow = order(customer, 3, product, 1, T0.plusSeconds(40), WINDOW);
        Order notYet = order(customer, 4, product, 1, T0.plusSeconds(41), WINDOW);
        Order cancelledButDue = order(customer, 5, product, 1, T0, WINDOW);
        List.of(dueLater, dueFirst, dueExactlyNow, notYet, cancelledButDue).forEach(orders::insert);
        Order cancelled = orders.findById(cancelledButDue.id()).orElseThrow();
        cancelled.cancelByStaff(UserId.newId(), null, T0.plusSeconds(1));
        orders.update(cancelled);

        assertEquals(List.of(dueFirst.id(), dueLater.id(), dueExactlyNow.id()),
                orders.findDueForConfirmation(now, 10).stream().map(Order::id).toList());
        assertEquals(List.of(dueFirst.id(), dueLater.id()),
                orders.findDueForConfirmation(now, 2).stream().map(Order::id).toList());
    }

    private static List<OrderId> ids(Page<Order> page) {
        return page.items().stream().map(Order::id).toList();
    }
}
