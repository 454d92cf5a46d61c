package dev.conveyor.domain.order;

import static dev.conveyor.domain.order.Orders.CUSTOMER;
import static dev.conveyor.domain.order.Orders.OTHER_SELLER;
import static dev.conveyor.domain.order.Orders.PLACED_AT;
import static dev.conveyor.domain.order.Orders.SELLER;
import static dev.conveyor.domain.order.Orders.WINDOW;
import static dev.conveyor.domain.order.Orders.address;
import static dev.conveyor.domain.order.Orders.item;
import static dev.conveyor.domain.order.Orders.place;
import static dev.conveyor.domain.order.Orders.product;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.pricing.ListPriced;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderPlacementTest {

    private static Order placeAt(Instant now, long sequence) {
        return Order.place(OrderId.newId(), sequence, CUSTOMER, List.of(item(1, 100, 1)), ListPriced.of(List.of(item(1, 100, 1))), address(), null, now,
                WINDOW);
    }

    @ParameterizedTest(name = "{0} #{1} -> {2}")
    @CsvSource({
            "2026-03-14T10:15:30Z,        42,      ORD-2026-000042",
            "2026-01-01T00:00:00Z,        1,       ORD-2026-000001",
            "2025-12-31T23:59:59.999999999Z, 999999, ORD-2025-999999",
            "2026-01-01T05:30:00+14:00,   7,       ORD-2025-000007",
            "2025-12-31T20:00:00-05:00,   1234567, ORD-2026-1234567"})
    void theNumberCarriesTheUtcYearOfThePlacementAndTheSequence(String placedAt, long sequence, String expected) {
        Order order = placeAt(OffsetDateTime.parse(placedAt).toInstant(), sequence);

        assertEquals(expected, order.number().value());
    }

    @Test
    void theYearDoesNotDependOnTheZoneOfTheServer() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));

            assertEquals("ORD-2025-000005", placeAt(Instant.parse("2025-12-31T12:00:00Z"), 5).number().value());
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void theSequenceMustBePositive(long sequence) {
        assertThrows(IllegalArgumentException.class, () -> placeAt(PLACED_AT, sequence));
    }

    @Test
    void theTotalIsTheSumOfUnitPriceTimesQuantity() {
        Order order = place(item(1, 1250, 2), item(2, 99, 3), item(3, 0, 1), item(4, 1, 10_000));

        assertEquals(Money.of(2500 + 297 + 10_000, "EUR"), order.total());
    }

    @Test
    void linesCopyTheItemsInTheGivenOrder() {
        OrderItem first = item(7, Money.of(1999, "EUR"), 2, SELLER);
        OrderItem second = item(3, Money.of(500, "EUR"), 5, OTHER_SELLER);

        Order order = place(first, second);

        assertEquals(List.of(
                new OrderLine(1, product(7), new Sku("SKU-7"), "Product 7", Money.of(1999, "EUR"), 2, SELLER, 0, 0,
                        0),
                new OrderLine(2, product(3), new Sku("SKU-3"), "Product 3", Money.of(500, "EUR"), 5, OTHER_SELLER,
                        0, 0, 0)), order.lines());
        assertEquals(List.of(2, 5), order.lines().stream().map(OrderLine::reserved).toList());
    }

    @Test
    void theOrderDoesNotShareTheCallersList() {
        List<OrderItem> items = new ArrayList<>(List.of(item(1, 100, 1)));
        Order order = place(items);

        items.add(item(2, 100, 1));

        assertEquals(1, order.lines().size());
        assertThrows(UnsupportedOperationException.class, () -> order.lines().clear());
    }

    @Test
    void aNewOrderIsPendingUnpaidUnfulfilledAndCancellableForTheWindow() {
        Order order = place(item(1, 100, 2));

        assertAll(
                () -> assertEquals(OrderStatus.PENDING, order.status()),
                () -> assertEquals(PaymentStatus.UNPAID, order.paymentStatus()),
                () -> assertEquals(FulfillmentStatus.UNFULFILLED, order.fulfillmentStatus()),
                () -> assertEquals(0, order.progress()),
                () -> assertEquals(CUSTOMER, order.customerId()),
                () -> assertEquals(address(), order.shippingAddress()),
                () -> assertEquals("leave it at the door", order.notes()),
                () -> assertEquals(PLACED_AT, order.placedAt()),
                () -> assertEquals(PLACED_AT.plus(WINDOW), order.cancellableUntil()),
                () -> assertEquals(PLACED_AT, order.updatedAt()),
                () -> assertNull(order.confirmedAt()),
                () -> assertNull(order.cancelledAt()),
                () -> assertNull(order.cancellationReason()),
                () -> assertEquals(0, order.version()));
    }

    @Test
    void anOrderWithoutLinesIsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> place(List.of()));

        assertEquals("lines", refused.field());
        assertEquals("VALIDATION_FAILED", refused.code());
    }

    @Test
    void anOrderMayHaveExactlyMaxLines() {
        assertEquals(Order.MAX_LINES, place(items(Order.MAX_LINES)).lines().size());
    }

    @Test
    void anOrderWithMoreThanMaxLinesIsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> place(items(Order.MAX_LINES + 1)));

        assertEquals("lines", refused.field());
    }

    private static List<OrderItem> items(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> item(n, 100, 1)).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, Order.MAX_QUANTITY_PER_LINE})
    void quantitiesAtTheBoundsAreAccepted(int quantity) {
        assertEquals(quantity, place(item(1, 100, 1), item(2, 100, quantity)).lines().get(1).quantity());
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, Order.MAX_QUANTITY_PER_LINE + 1, Integer.MAX_VALUE})
    void quantitiesOutsideTheBoundsNameTheLine(int quantity) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> place(item(1, 100, 1), item(2, 100, quantity)));

        assertEquals("lines[1].quantity", refused.field());
    }

    @Test
    void aLineInAnotherCurrencyThanTheFirstIsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> place(
                item(1, Money.of(100, "EUR"), 1, SELLER),
                item(2, Money.of(100, "EUR"), 1, SELLER),
                item(3, Money.of(100, "USD"), 1, SELLER)));

        assertEquals("lines[2].productId", refused.field());
    }

    @Test
    void aTotalBeyondTheRangeOfMoneyIsAnArithmeticError() {
        assertThrows(ArithmeticException.class, () -> place(item(1, Long.MAX_VALUE / 2, 3)));
    }

    @Test
    void placementRecordsCreationThenTheReductionOfInventory() {
        Order order = place(item(1, 100, 2), item(2, 100, 1));

        List<DomainEvent> events = order.pullEvents();

        assertEquals(List.of("order:created", "order:inventory-reduced"),
                events.stream().map(DomainEvent::type).toList());
        for (DomainEvent event : events) {
            assertAll(
                    () -> assertEquals("order", event.aggregateType()),
                    () -> assertEquals(order.id().value(), event.aggregateId()),
                    () -> assertEquals(CUSTOMER.value(), event.customerId()),
                    () -> assertEquals(Set.of(SELLER.value()), event.sellerIds()),
                    () -> assertEquals(PLACED_AT, event.occurredAt()));
        }
        assertEquals(List.of(), order.pullEvents());
    }

    @Test
    void theCreatedEventCarriesTheOrderAsClientsSeeIt() {
        Order order = place(item(1, 1250, 2));

        Map<?, ?> payload = (Map<?, ?>) order.pullEvents().get(0).payload().get("order");

        assertAll(
                () -> assertEquals(order.id().value().toString(), payload.get("id")),
                () -> assertEquals("ORD-2026-000042", payload.get("number")),
                () -> assertEquals("PENDING", payload.get("status")),
                () -> assertEquals("UNFULFILLED", payload.get("fulfillmentStatus")),
                () -> assertEquals("UNPAID", payload.get("paymentStatus")),
                () -> assertEquals(2500L, payload.get("totalMinor")),
                () -> assertEquals("EUR", payload.get("currency")),
                () -> assertEquals(1, ((List<?>) payload.get("lines")).size()));
    }

    @Test
    void theSellersOfAllLinesAreNamedInLineOrderAndOnce() {
        Order order = place(item(1, Money.of(100, "EUR"), 1, OTHER_SELLER), item(2, Money.of(100, "EUR"), 1, SELLER),
                item(3, Money.of(100, "EUR"), 1, OTHER_SELLER));

        assertEquals(List.of(OTHER_SELLER.value(), SELLER.value()), List.copyOf(order.sellerIds()));
        assertEquals(order.sellerIds(), order.pullEvents().get(1).sellerIds());
    }

    @Test
    void inventoryReductionSumsTheLinesOfEachProductInProductIdOrder() {
        Order order = place(item(2, 100, 3), item(1, 100, 2), item(2, 100, 4));

        OrderEvents.InventoryReduced reduced = (OrderEvents.InventoryReduced) order.pullEvents().get(1);

        assertEquals(List.of(Map.entry(product(1), 2), Map.entry(product(2), 7)),
                List.copyOf(reduced.quantities().entrySet()));
        assertEquals(List.of(
                        Map.of("productId", product(1).value().toString(), "quantity", 2,
                                "sellerId", SELLER.value().toString()),
                        Map.of("productId", product(2).value().toString(), "quantity", 7,
                                "sellerId", SELLER.value().toString())),
                reduced.payload().get("affectedProducts"));
        assertEquals("ORD-2026-000042", reduced.payload().get("orderNumber"));
    }
}
