package dev.conveyor.domain.order;

import static dev.conveyor.domain.order.Orders.CUSTOMER;
import static dev.conveyor.domain.order.Orders.DEADLINE;
import static dev.conveyor.domain.order.Orders.OTHER_CUSTOMER;
import static dev.conveyor.domain.order.Orders.PLACED_AT;
import static dev.conveyor.domain.order.Orders.STAFF;
import static dev.conveyor.domain.order.Orders.item;
import static dev.conveyor.domain.order.Orders.openLine;
import static dev.conveyor.domain.order.Orders.product;
import static dev.conveyor.domain.order.Orders.rehydrate;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.pricing.ListPriced;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OrderCancellationTest {

    private static final Map<ProductId, Integer> PLACED_QUANTITIES = Map.of(product(1), 2, product(2), 7);

    /** Two lines of product 2 and one of product 1: releases are summed per product. */
    private static Order placedOrder() {
        Order order = Orders.place(item(2, 300, 3), item(1, 100, 2), item(2, 300, 4));
        order.pullEvents();
        return order;
    }

    static Stream<Instant> insideTheWindow() {
        return Stream.of(PLACED_AT, PLACED_AT.plusSeconds(30), DEADLINE.minusNanos(1));
    }

    static Stream<Instant> afterTheWindow() {
        return Stream.of(DEADLINE, DEADLINE.plusNanos(1), DEADLINE.plus(Duration.ofDays(400)));
    }

    @ParameterizedTest
    @MethodSource("insideTheWindow")
    void theCustomerCancelsInsideTheWindow(Instant now) {
        Order order = placedOrder();

        Map<ProductId, Integer> released = order.cancelByCustomer(CUSTOMER, "changed my mind", now);

        assertEquals(PLACED_QUANTITIES, released);
        assertCancelled(order, now, "changed my mind", CUSTOMER.value());
    }

    @ParameterizedTest
    @MethodSource("afterTheWindow")
    void theCustomerCannotCancelOnceTheWindowClosed(Instant now) {
        Order order = placedOrder();

        ConflictException refused = assertThrows(ConflictException.class,
                () -> order.cancelByCustomer(CUSTOMER, "too late", now));

        assertEquals("CANCELLATION_WINDOW_CLOSED", refused.code());
        assertUntouched(order);
    }

    @Test
    void theCustomerCannotCancelAConfirmedOrderEvenIfTheClockSaysTheWindowIsOpen() {
        Order order = rehydrate(OrderStatus.CONFIRMED, openLine(1, 1));

        ConflictException refused = assertThrows(ConflictException.class,
                () -> order.cancelByCustomer(CUSTOMER, null, PLACED_AT));

        assertEquals("CANCELLATION_WINDOW_CLOSED", refused.code());
    }

    @ParameterizedTest
    @MethodSource({"insideTheWindow", "afterTheWindow"})
    void anotherCustomerMayNeverCancel(Instant now) {
        Order order = placedOrder();

        assertThrows(ForbiddenException.class, () -> order.cancelByCustomer(OTHER_CUSTOMER, "not mine", now));

        assertUntouched(order);
    }

    @ParameterizedTest
    @MethodSource({"insideTheWindow", "afterTheWindow"})
    void staffCancelAPendingOrderInsideOrAfterTheWindow(Instant now) {
        Order order = placedOrder();

        Map<ProductId, Integer> released = order.cancelByStaff(STAFF, "out of business", now);

        assertEquals(PLACED_QUANTITIES, released);
        assertCancelled(order, now, "out of business", STAFF.value());
    }

    @Test
    void staffCancelAConfirmedOrderLongAfterTheWindow() {
        Order order = placedOrder();
        order.confirm(DEADLINE);
        order.pullEvents();
        Instant later = DEADLINE.plus(Duration.ofDays(3));

        assertEquals(PLACED_QUANTITIES, order.cancelByStaff(STAFF, null, later));
        assertCancelled(order, later, null, STAFF.value());
    }

    @Test
    void aCancelledOrderCannotBeCancelledAgain() {
        Order order = placedOrder();
        order.cancelByCustomer(CUSTOMER, null, PLACED_AT);
        order.pullEvents();

        assertThrows(InvalidStatusTransitionException.class, () -> order.cancelByCustomer(CUSTOMER, null, PLACED_AT));
        assertThrows(InvalidStatusTransitionException.class, () -> order.cancelByStaff(STAFF, null, PLACED_AT));
        assertEquals(List.of(), order.pullEvents());
    }

    @Test
    void cancellingWithNothingLeftReservedRecordsNoInventoryRestoration() {
        Order order = rehydrate(OrderStatus.CONFIRMED, Orders.line(1, 2, 0, 0, 2));

        Map<ProductId, Integer> released = order.cancelByStaff(STAFF, null, DEADLINE);

        assertEquals(Map.of(), released);
        assertEquals(List.of("order:cancelled"), order.pullEvents().stream().map(DomainEvent::type).toList());
    }

    @ParameterizedTest
    @MethodSource("insideTheWindow")
    void theServerCannotConfirmInsideTheWindow(Instant now) {
        Order order = placedOrder();

        ConflictException refused = assertThrows(ConflictException.class, () -> order.confirm(now));

        assertEquals("CANCELLATION_WINDOW_OPEN", refused.code());
        assertUntouched(order);
    }

    @ParameterizedTest
    @MethodSource("afterTheWindow")
    void theServerConfirmsAtOrAfterTheDeadline(Instant now) {
        Order order = placedOrder();

        order.confirm(now);

        assertEquals(OrderStatus.CONFIRMED, order.status());
        assertEquals(now, order.confirmedAt());
        assertEquals(now, order.updatedAt());
        List<DomainEvent> events = order.pullEvents();
        assertEquals(List.of("order:confirmed"), events.stream().map(DomainEvent::type).toList());
        assertEquals(Map.of("orderId", order.id().value().toString(), "orderNumber", "ORD-2026-000042",
                "status", "CONFIRMED", "confirmedAt", now.toString()), events.get(0).payload());
    }

    @Test
    void theWindowIsHalfOpen() {
        Order order = placedOrder();

        assertTrue(order.isInsideCancellationWindow(PLACED_AT));
        assertTrue(order.isInsideCancellationWindow(DEADLINE.minusNanos(1)));
        assertFalse(order.isInsideCancellationWindow(DEADLINE));
    }

    @Test
    void aZeroWindowMeansTheCustomerCanNeverCancelAndTheServerMayConfirmAtOnce() {
        Order order = Order.place(OrderId.newId(), 1, CUSTOMER, List.of(item(1, 100, 1)), ListPriced.of(List.of(item(1, 100, 1))), Orders.address(), null,
                PLACED_AT, Duration.ZERO);

        assertThrows(ConflictException.class, () -> order.cancelByCustomer(CUSTOMER, null, PLACED_AT));
        order.confirm(PLACED_AT);
        assertEquals(OrderStatus.CONFIRMED, order.status());
    }

    private static void assertCancelled(Order order, Instant now, String reason, Object cancelledBy) {
        assertAll(
                () -> assertEquals(OrderStatus.CANCELLED, order.status()),
                () -> assertEquals(now, order.cancelledAt()),
                () -> assertEquals(now, order.updatedAt()),
                () -> assertEquals(reason, order.cancellationReason()),
                () -> assertEquals(List.of(0, 0, 0), order.lines().stream().map(OrderLine::reserved).toList()),
                () -> assertEquals(List.of(3, 2, 4), order.lines().stream().map(OrderLine::cancelled).toList()),
                () -> assertEquals(FulfillmentStatus.UNFULFILLED, order.fulfillmentStatus()),
                () -> assertEquals(Set.of(), order.allowedManualTransitions()));
        List<DomainEvent> events = order.pullEvents();
        assertEquals(List.of("order:cancelled", "order:inventory-restored"),
                events.stream().map(DomainEvent::type).toList());
        Map<String, Object> cancelled = events.get(0).payload();
        assertEquals("CANCELLED", cancelled.get("status"));
        assertEquals(reason, cancelled.get("reason"));
        assertEquals(cancelledBy.toString(), cancelled.get("cancelledBy"));
        OrderEvents.InventoryRestored restored = (OrderEvents.InventoryRestored) events.get(1);
        assertEquals(PLACED_QUANTITIES, restored.quantities());
        assertEquals(now, restored.occurredAt());
    }

    private static void assertUntouched(Order order) {
        assertEquals(OrderStatus.PENDING, order.status());
        assertNull(order.cancelledAt());
        assertNull(order.confirmedAt());
        assertEquals(PLACED_AT, order.updatedAt());
        assertEquals(List.of(3, 2, 4), order.lines().stream().map(OrderLine::reserved).toList());
        assertEquals(List.of(), order.pullEvents());
    }
}
