package dev.conveyor.domain.order;

import static dev.conveyor.domain.order.Orders.DEADLINE;
import static dev.conveyor.domain.order.Orders.STAFF;
import static dev.conveyor.domain.order.Orders.item;
import static dev.conveyor.domain.order.Orders.line;
import static dev.conveyor.domain.order.Orders.rehydrate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What deliveries do to an order's lines, its derived fulfilment and its life cycle. */
class OrderDeliveryTest {

    private static final Instant NOW = DEADLINE.plusSeconds(3600);

    private static Order confirmed() {
        Order order = Orders.place(item(1, 250, 5), item(2, 1000, 2));
        order.confirm(DEADLINE);
        order.pullEvents();
        return order;
    }

    private static List<String> types(Order order) {
        return order.pullEvents().stream().map(DomainEvent::type).toList();
    }

    @Test
    void allocatingTakesUnitsOutOfRemainingAndStartsProcessing() {
        Order order = confirmed();

        order.allocate(Map.of(1, 3), NOW);

        OrderLine first = order.line(1).orElseThrow();
        assertEquals(3, first.allocated());
        assertEquals(2, first.remaining());
        assertEquals(5, first.reserved());
        assertEquals(OrderStatus.PROCESSING, order.status());
        assertEquals(FulfillmentStatus.UNFULFILLED, order.fulfillmentStatus());
        assertEquals(List.of("order:updated"), types(order));
    }

    @Test
    void neverMoreThanRemainsIsAllocated() {
        Order order = confirmed();
        order.allocate(Map.of(1, 4), NOW);

        ConflictException e = assertThrows(ConflictException.class, () -> order.allocate(Map.of(1, 2), NOW));

        assertEquals("QUANTITY_EXCEEDS_REMAINING", e.code());
        assertEquals(1, order.line(1).orElseThrow().remaining());
    }

    @Test
    void shippingAndDeliveringMoveTheFulfilmentStatusAndProgress() {
        Order order = confirmed();
        order.allocate(Map.of(1, 5, 2, 2), NOW);
        types(order);

        order.ship(Map.of(1, 5), NOW);
        assertEquals(FulfillmentStatus.PARTIALLY_SHIPPED, order.fulfillmentStatus());
        assertEquals(List.of("order:updated", "order:progress-updated"), types(order));

        order.ship(Map.of(2, 2), NOW);
        assertEquals(FulfillmentStatus.SHIPPED, order.fulfillmentStatus());
        assertEquals(0, order.line(1).orElseThrow().reserved());

        order.deliver(Map.of(1, 5), NOW);
        assertEquals(FulfillmentStatus.PARTIALLY_DELIVERED, order.fulfillmentStatus());
        assertEquals(71, order.progress());

        order.deliver(Map.of(2, 2), NOW);
        assertEquals(FulfillmentStatus.DELIVERED, order.fulfillmentStatus());
        assertEquals(100, order.progress());
        assertEquals(OrderStatus.PROCESSING, order.status(), "delivered but unpaid");
    }

    @Test
    void aCancelledPendingDeliveryAndAFailedShipmentGiveTheirUnitsBack() {
        Order order = confirmed();
        order.allocate(Map.of(1, 2), NOW);
        order.releaseAllocation(Map.of(1, 2), NOW);
        assertEquals(5, order.line(1).orElseThrow().remaining());

        order.allocate(Map.of(1, 3), NOW);
        order.ship(Map.of(1, 3), NOW);
        order.returnShipment(Map.of(1, 3), NOW);

        OrderLine line = order.line(1).orElseThrow();
        assertEquals(0, line.shipped());
        assertEquals(5, line.remaining());
        assertEquals(5, line.reserved());
        assertEquals(FulfillmentStatus.UNFULFILLED, order.fulfillmentStatus());
    }

    @Test
    void unitsCannotMoveFurtherThanTheyAre() {
        Order order = confirmed();
        order.allocate(Map.of(1, 2), NOW);

        assertEquals("QUANTITY_MISMATCH", assertThrows(ConflictException.class,
                () -> order.ship(Map.of(1, 3), NOW)).code());
        assertEquals("QUANTITY_MISMATCH", assertThrows(ConflictException.class,
                () -> order.deliver(Map.of(1, 1), NOW)).code());
        assertEquals("QUANTITY_MISMATCH", assertThrows(ConflictException.class,
                () -> order.returnShipment(Map.of(1, 1), NOW)).code());
        assertThrows(InvalidInputException.class, () -> order.allocate(Map.of(9, 1), NOW));
        assertThrows(InvalidInputException.class, () -> order.allocate(Map.of(1, 0), NOW));
        assertThrows(InvalidInputException.class, () -> order.allocate(Map.of(), NOW));
    }

    @Test
    void onlyConfirmedAndProcessingOrdersAreDelivered() {
        Order pending = Orders.place(item(1, 250, 5));
        assertEquals("ORDER_NOT_CONFIRMED", assertThrows(ConflictException.class,
                () -> pending.allocate(Map.of(1, 1), NOW)).code());

        Order cancelled = rehydrate(OrderStatus.CANCELLED, line(1, 5, 0, 0, 5));
        assertEquals("ORDER_CLOSED", assertThrows(ConflictException.class,
                () -> cancelled.allocate(Map.of(1, 1), NOW)).code());
    }

    @Test
    void cancellingReleasesAllocatedUnitsToo() {
        Order order = confirmed();
        order.allocate(Map.of(1, 2), NOW);

        var released = order.cancelByStaff(STAFF, "customer called", NOW);

        OrderLine line = order.line(1).orElseThrow();
        assertEquals(0, line.allocated());
        assertEquals(5, line.cancelled());
        assertEquals(5, released.get(line.productId()));
        assertEquals(Money.zero("EUR"), order.amountDue());
    }

    @Test
    void aDeliveredOrderPaidInFullIsCompletedWhicheverComesLast() {
        Order paidFirst = confirmed();
        paidFirst.updatePaymentStatus(PaymentStatus.PAID, NOW);
        assertEquals(OrderStatus.CONFIRMED, paidFirst.status());
        assertEquals(List.of("order:payment-updated"), types(paidFirst));
        paidFirst.allocate(Map.of(1, 5, 2, 2), NOW);
        paidFirst.ship(Map.of(1, 5, 2, 2), NOW);
        types(paidFirst);
        paidFirst.deliver(Map.of(1, 5, 2, 2), NOW);
        assertEquals(OrderStatus.COMPLETED, paidFirst.status());
        assertEquals(1, types(paidFirst).stream().filter("order:completed"::equals).count());

        Order deliveredFirst = confirmed();
        deliveredFirst.allocate(Map.of(1, 5, 2, 2), NOW);
        deliveredFirst.ship(Map.of(1, 5, 2, 2), NOW);
        deliveredFirst.deliver(Map.of(1, 5, 2, 2), NOW);
        types(deliveredFirst);
        deliveredFirst.updatePaymentStatus(PaymentStatus.PARTIALLY_PAID, NOW);
        assertEquals(OrderStatus.PROCESSING, deliveredFirst.status());
        deliveredFirst.updatePaymentStatus(PaymentStatus.PAID, NOW);
        assertEquals(OrderStatus.COMPLETED, deliveredFirst.status());
        assertTrue(types(deliveredFirst).containsAll(List.of("order:payment-updated", "order:updated",
                "order:completed")));
    }

    @Test
    void anUnchangedPaymentStatusRecordsNothing() {
        Order order = confirmed();
        order.updatePaymentStatus(PaymentStatus.UNPAID, NOW);
        assertEquals(List.of(), types(order));
    }

    @Test
    void theAmountDueIsWhatIsStillExpectedAtTheCopiedPrices() {
        Order order = confirmed();
        assertEquals(Money.of(5 * 250 + 2 * 1000, "EUR"), order.amountDue());

        Order partlyCancelled = rehydrate(OrderStatus.PROCESSING, line(1, 10, 4, 1, 3));
        assertEquals(Money.of(700, "EUR"), partlyCancelled.amountDue());
    }

    @Test
    void aLineKnowsWhatRemainsBesidesWhatItReserves() {
        OrderLine line = new OrderLine(1, Orders.product(1), new dev.conveyor.domain.catalog.Sku("A"), "A",
                Money.of(1, "EUR"), 10, Orders.SELLER, 4, 1, 3, 2);

        assertEquals(1, line.remaining());
        assertEquals(3, line.reserved());
        assertThrows(IllegalArgumentException.class, () -> new OrderLine(1, Orders.product(1),
                new dev.conveyor.domain.catalog.Sku("A"), "A", Money.of(1, "EUR"), 10, Orders.SELLER, 4, 1, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> new OrderLine(1, Orders.product(1),
                new dev.conveyor.domain.catalog.Sku("A"), "A", Money.of(1, "EUR"), 10, Orders.SELLER, 0, 0, 0, -1));
    }
}
