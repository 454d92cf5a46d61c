package dev.conveyor.domain.order;

import static dev.conveyor.domain.order.Orders.DEADLINE;
import static dev.conveyor.domain.order.Orders.STAFF;
import static dev.conveyor.domain.order.Orders.line;
import static dev.conveyor.domain.order.Orders.openLine;
import static dev.conveyor.domain.order.Orders.product;
import static dev.conveyor.domain.order.Orders.rehydrate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderLineCancellationTest {

    private static final Instant NOW = DEADLINE.plusSeconds(3600);

    private static List<String> types(Order order) {
        return order.pullEvents().stream().map(DomainEvent::type).toList();
    }

    @Test
    void cancellingPartOfTheRemainderOfAPartlyShippedOrderReleasesItAndLowersWhatIsDue() {
        Order order = rehydrate(OrderStatus.PROCESSING, line(1, 5, 2, 0, 0), openLine(2, 3));
        Money dueBefore = order.amountDue();

        Map<ProductId, Integer> released = order.cancelLines(Map.of(1, 2, 2, 1), STAFF, "supplier gone", NOW);

        assertEquals(Map.of(product(1), 2, product(2), 1), released);
        assertEquals(OrderStatus.PROCESSING, order.status());
        assertEquals(2, order.line(1).orElseThrow().cancelled());
        assertEquals(1, order.line(1).orElseThrow().remaining());
        assertEquals(2, order.line(2).orElseThrow().remaining());
        assertEquals(dueBefore.minus(Money.of(300, "EUR")), order.amountDue());
        assertEquals(List.of("order:lines-cancelled", "order:inventory-restored", "order:updated"), types(order));
    }

    @Test
    void cancellingAllThatRemainsOfAShippedOrderLeavesItShippedNotCancelled() {
        Order order = rehydrate(OrderStatus.PROCESSING, line(1, 4, 3, 3, 0));

        order.cancelLines(Map.of(1, 1), STAFF, null, NOW);

        assertEquals(OrderStatus.PROCESSING, order.status());
        assertEquals(FulfillmentStatus.DELIVERED, order.fulfillmentStatus());
        assertEquals(100, order.progress());
    }

    @Test
    void cancellingTheRemainderOfADeliveredAndPaidOrderCompletesIt() {
        Order order = Order.rehydrate(OrderId.newId(), OrderNumber.of(2026, 7), Orders.CUSTOMER,
                List.of(line(1, 4, 3, 3, 0)), Orders.address(), null,
                dev.conveyor.domain.pricing.ListPriced.of(List.of(Orders.item(1, 100, 4))), OrderStatus.PROCESSING,
                PaymentStatus.PAID, Orders.PLACED_AT, DEADLINE, DEADLINE, null, null, DEADLINE, 3);

        order.cancelLines(Map.of(1, 1), STAFF, null, NOW);

        assertEquals(OrderStatus.COMPLETED, order.status());
        List<String> types = types(order);
        assertEquals("order:completed", types.get(types.size() - 1));
    }

    @Test
    void cancellingEveryUnitOfAnUnshippedOrderCancelsTheOrder() {
        Order order = rehydrate(OrderStatus.CONFIRMED, openLine(1, 2), line(2, 3, 0, 0, 1));

        Map<ProductId, Integer> released = order.cancelLines(Map.of(1, 2, 2, 2), STAFF, "no longer sold", NOW);

        assertEquals(Map.of(product(1), 2, product(2), 2), released);
        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals(NOW, order.cancelledAt());
        assertEquals("no longer sold", order.cancellationReason());
        assertEquals(0, order.amountDue().amountMinor());
        assertEquals(List.of("order:lines-cancelled", "order:inventory-restored", "order:cancelled"), types(order));
    }

    @Test
    void unitsInADeliveryThatHasNotShippedAreNotRemaining() {
        Order order = rehydrate(OrderStatus.PROCESSING, new OrderLine(1, product(1), new dev.conveyor.domain.catalog
                .Sku("SKU-1"), "Product 1", Money.of(100, "EUR"), 5, Orders.SELLER, 1, 0, 0, 3));

        ConflictException refused = assertThrows(ConflictException.class,
                () -> order.cancelLines(Map.of(1, 2), STAFF, null, NOW));

        assertEquals("QUANTITY_EXCEEDS_REMAINING", refused.code());
        assertTrue(refused.getMessage().contains("line 1"), refused.getMessage());
        assertTrue(refused.getMessage().contains("cancel that delivery first"), refused.getMessage());
        assertEquals(0, order.line(1).orElseThrow().cancelled());
        assertEquals(List.of(), order.pullEvents());
    }

    @Test
    void anUnknownLineOrAQuantityBelowOneIsRefusedNamingTheField() {
        Order order = rehydrate(OrderStatus.CONFIRMED, openLine(1, 2));

        assertEquals("lines", assertThrows(InvalidInputException.class,
                () -> order.cancelLines(Map.of(9, 1), STAFF, null, NOW)).field());
        assertEquals("lines", assertThrows(InvalidInputException.class,
                () -> order.cancelLines(Map.of(1, 0), STAFF, null, NOW)).field());
        assertEquals("lines", assertThrows(InvalidInputException.class,
                () -> order.cancelLines(Map.of(), STAFF, null, NOW)).field());
    }

    @Test
    void aClosedOrderKeepsItsLines() {
        for (OrderStatus closed : List.of(OrderStatus.CANCELLED, OrderStatus.COMPLETED)) {
            Order order = rehydrate(closed, line(1, 2, 1, 1, 0));

            ConflictException refused = assertThrows(ConflictException.class,
                    () -> order.cancelLines(Map.of(1, 1), STAFF, null, NOW));

            assertEquals("ORDER_CLOSED", refused.code());
        }
    }

    @Test
    void theEventNamesEachLineWithItsSellerSoSellersSeeOnlyTheirs() {
        Order order = rehydrate(OrderStatus.CONFIRMED, openLine(1, 2), openLine(2, 2));

        order.cancelLines(Map.of(2, 1), STAFF, "damaged", NOW);

        DomainEvent event = order.pullEvents().get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) event.payload().get("lines");
        assertEquals(1, lines.size());
        assertEquals(Map.of("lineNo", 2, "productId", product(2).value().toString(), "sku", "SKU-2", "name",
                "Product 2", "sellerId", Orders.SELLER.value().toString(), "quantity", 1, "cancelled", 1,
                "remaining", 1), lines.get(0));
        assertEquals(STAFF.value().toString(), event.payload().get("cancelledBy"));
    }
}
