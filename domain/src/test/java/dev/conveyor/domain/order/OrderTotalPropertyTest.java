package dev.conveyor.domain.order;

import static dev.conveyor.domain.order.Orders.DEADLINE;
import static dev.conveyor.domain.order.Orders.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.Money;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OrderTotalPropertyTest {

    /** The highest price a product may have, in minor units. */
    private static final long MAX_PRICE = 100_000_000_00L;

    @Property
    void theTotalIsTheSumOfUnitPriceTimesQuantity(@ForAll("items") List<OrderItem> items) {
        BigInteger expected = items.stream()
                .map(i -> BigInteger.valueOf(i.unitPrice().amountMinor()).multiply(BigInteger.valueOf(i.quantity())))
                .reduce(BigInteger.ZERO, BigInteger::add);

        Order order = Orders.place(items);

        assertEquals(Money.of(expected.longValueExact(), Orders.CURRENCY), order.total());
    }

    @Property
    void staffCancellationReleasesExactlyTheQuantitiesPlaced(@ForAll("items") List<OrderItem> items) {
        Map<ProductId, Integer> placed = new HashMap<>();
        items.forEach(i -> placed.merge(i.productId(), i.quantity(), Integer::sum));
        Order order = Orders.place(items);
        order.confirm(DEADLINE);

        Map<ProductId, Integer> released = order.cancelByStaff(STAFF, null, DEADLINE.plusSeconds(1));

        assertEquals(placed, released);
        assertEquals(placed, ((OrderEvents.InventoryRestored) order.pullEvents().get(4)).quantities());
    }

    /** Few distinct products, so that lines often repeat one. */
    @Provide
    Arbitrary<List<OrderItem>> items() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 8),
                        Arbitraries.longs().between(0, MAX_PRICE),
                        Arbitraries.integers().between(1, Order.MAX_QUANTITY_PER_LINE))
                .as(Orders::item)
                .list().ofMinSize(1).ofMaxSize(Order.MAX_LINES);
    }
}
