package dev.conveyor.domain.order;

import static dev.conveyor.domain.order.Orders.line;
import static dev.conveyor.domain.order.Orders.rehydrate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lines are written as {@code quantity/shipped/delivered/cancelled}, several
 * separated by spaces.
 */
class OrderFulfillmentTest {

    private static Order withLines(String spec) {
        List<OrderLine> lines = new ArrayList<>();
        String[] parts = spec.trim().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            String[] q = parts[i].split("/");
            lines.add(line(i + 1, Integer.parseInt(q[0]), Integer.parseInt(q[1]), Integer.parseInt(q[2]),
                    Integer.parseInt(q[3])));
        }
        return rehydrate(OrderStatus.PROCESSING, lines.toArray(OrderLine[]::new));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'5/0/0/0',             UNFULFILLED",
            "'5/0/0/0 3/0/0/0',     UNFULFILLED",
            "'5/1/0/0',             PARTIALLY_SHIPPED",
            "'5/5/0/0 3/0/0/0',     PARTIALLY_SHIPPED",
            "'5/5/0/0 3/3/0/0',     SHIPPED",
            "'5/3/0/2',             SHIPPED",
            "'5/3/0/2 4/0/0/4',     SHIPPED",
            "'5/1/1/0',             PARTIALLY_DELIVERED",
            "'5/5/4/0',             PARTIALLY_DELIVERED",
            "'5/5/5/0 3/0/0/0',     PARTIALLY_DELIVERED",
            "'5/5/5/0 3/3/0/0',     PARTIALLY_DELIVERED",
            "'5/5/5/0 3/3/3/0',     DELIVERED",
            "'5/3/3/2',             DELIVERED",
            "'5/3/3/2 4/0/0/4',     DELIVERED",
            "'5/0/0/5',             UNFULFILLED",
            "'5/0/0/5 3/0/0/3',     UNFULFILLED"})
    void theFulfilmentStatusFollowsTheUnitsStillExpected(String lines, FulfillmentStatus expected) {
        assertEquals(expected, withLines(lines).fulfillmentStatus());
    }

    @ParameterizedTest(name = "{0} -> {1}%")
    @CsvSource({
            "'5/0/0/0',             0",
            "'4/4/0/0',             0",
            "'4/2/1/0',             25",
            "'3/1/1/0',             33",
            "'3/2/2/0',             66",
            "'200/199/199/0',       99",
            "'200/200/200/0',       100",
            "'4/1/1/2',             50",
            "'4/2/2/2',             100",
            "'1/1/1/0 2/0/0/0',     33",
            "'1/1/1/0 2/0/0/2',     100",
            "'5/0/0/5',             0"})
    void progressIsDeliveredUnitsOfTheExpectedOnesInWholePercentRoundedDown(String lines, int expected) {
        assertEquals(expected, withLines(lines).progress());
    }

    @Test
    void progressReachesOneHundredOnlyWhenEverythingExpectedIsDelivered() {
        for (int delivered = 0; delivered <= 1000; delivered++) {
            Order order = withLines("1000/1000/" + delivered + "/0");
            assertEquals(delivered == 1000, order.progress() == 100, "delivered " + delivered);
            assertEquals(delivered == 1000, order.fulfillmentStatus() == FulfillmentStatus.DELIVERED);
        }
    }

    @Test
    void progressDoesNotOverflowForTheLargestOrders() {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 1; i <= Order.MAX_LINES; i++) {
            int quantity = Order.MAX_QUANTITY_PER_LINE;
            lines.add(line(i, quantity, quantity, i == 1 ? quantity - 1 : quantity, 0));
        }

        assertEquals(99, rehydrate(OrderStatus.PROCESSING, lines.toArray(OrderLine[]::new)).progress());
    }

    @Test
    void aLineKnowsWhatItStillHoldsAndExpects() {
        OrderLine line = line(1, 10, 4, 1, 3);

        assertEquals(3, line.reserved());
        assertEquals(7, line.active());
        assertEquals(Money.of(1000, "EUR"), line.total());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "0/0/0/0",
            "-1/0/0/0",
            "5/-1/0/0",
            "5/0/-1/0",
            "5/0/0/-1",
            "5/1/2/0",
            "5/3/0/3",
            "5/6/0/0",
            "5/0/0/6"})
    void inconsistentLineQuantitiesAreRefused(String spec) {
        String[] q = spec.split("/");
        assertThrows(IllegalArgumentException.class, () -> new OrderLine(1, Orders.product(1), new Sku("A"), "A",
                Money.of(1, "EUR"), Integer.parseInt(q[0]), Orders.SELLER, Integer.parseInt(q[1]),
                Integer.parseInt(q[2]), Integer.parseInt(q[3])));
    }
}
