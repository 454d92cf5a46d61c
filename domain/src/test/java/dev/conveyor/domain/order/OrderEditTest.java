package dev.conveyor.domain.order;

import static dev.conveyor.domain.order.Orders.DEADLINE;
import static dev.conveyor.domain.order.Orders.STAFF;
import static dev.conveyor.domain.order.Orders.item;
import static dev.conveyor.domain.order.Orders.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.domain.pricing.AppliedRate;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderEditTest {

    private static final Instant NOW = DEADLINE.plusSeconds(60);
    private static final AppliedRate VAT = new AppliedRate(null, "VAT 19 %", BigDecimal.valueOf(19));

    @Test
    void keptUnitsKeepTheirShareOfTheDiscountAndAddedUnitsGetNone() {
        // 4 × 10.00 with 4.00 off, prices gross at 19 %
        PriceBreakdown.Line line = PriceBreakdown.Line.of(product(1), 4, 1000, 400, 575, VAT, true);

        PriceBreakdown.Line fewer = line.withQuantity(2, true);
        PriceBreakdown.Line more = line.withQuantity(6, true);

        assertEquals(200, fewer.discount());
        assertEquals(1800, fewer.gross());
        assertEquals(287, fewer.tax());
        assertEquals(400, more.discount());
        assertEquals(5600, more.gross());
        assertEquals(more.withQuantity(4, true).discount(), 266);
    }

    @Test
    void anEditMovesStockByTheDifferenceOfWhatTheOrderHoldsAndIsRecorded() {
        Order order = Orders.place(item(1, 1000, 4), item(2, 500, 2));
        order.pullEvents();

        Order.Edited edited = order.edit(UUID.randomUUID(), List.of(new OrderChange.SetQuantity(1, 1),
                new OrderChange.RemoveLine(2), new OrderChange.AddLine(item(3, 250, 2),
                        PriceBreakdown.Line.of(product(3), 2, 250, 0, 0, AppliedRate.NONE, true))), STAFF, false, NOW);

        assertEquals(Map.of(product(1), -3, product(2), -2, product(3), 2), edited.stock());
        assertEquals(List.of(1, 3), order.lines().stream().map(OrderLine::lineNo).toList());
        assertEquals(1000 + 500, order.total().amountMinor());
        assertEquals(5000, edited.edit().totalBefore().amountMinor());
        assertEquals(1500, edited.edit().totalAfter().amountMinor());
        List<String> types = order.pullEvents().stream().map(e -> e.type()).toList();
        assertEquals(List.of("order:edited", "order:inventory-reduced", "order:inventory-restored", "order:updated"),
                types);
    }

    @Test
    void customersEditOnlyPendingOrdersAndNothingShippedOrAllocatedIsTakenAway() {
        Order order = Orders.place(item(1, 1000, 4));
        order.confirm(DEADLINE);
        order.allocate(Map.of(1, 2), NOW);
        order.ship(Map.of(1, 1), NOW);

        ConflictException customer = assertThrows(ConflictException.class, () -> order.edit(UUID.randomUUID(),
                List.of(new OrderChange.SetQuantity(1, 3)), Orders.CUSTOMER, true, NOW));
        ConflictException below = assertThrows(ConflictException.class, () -> order.edit(UUID.randomUUID(),
                List.of(new OrderChange.SetQuantity(1, 1)), STAFF, false, NOW));
        ConflictException removed = assertThrows(ConflictException.class, () -> order.edit(UUID.randomUUID(),
                List.of(new OrderChange.RemoveLine(1)), STAFF, false, NOW));
        ConflictException address = assertThrows(ConflictException.class, () -> order.edit(UUID.randomUUID(),
                List.of(new OrderChange.ShippingMethod(null)), STAFF, false, NOW));

        assertEquals("ORDER_NOT_EDITABLE", customer.code());
        assertEquals("QUANTITY_BELOW_FULFILLED", below.code());
        assertEquals("changes[0].quantity", ((OrderLineConflictException) below).field());
        assertEquals("LINE_IN_FULFILMENT", removed.code());
        assertEquals("ORDER_SHIPPED", address.code());
        assertEquals(4, order.lines().get(0).quantity());
        assertTrue(order.pullEvents().stream().noneMatch(e -> e.type().equals("order:edited")));
    }
}
