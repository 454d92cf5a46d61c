package dev.conveyor.domain.order;

import static dev.conveyor.domain.order.Orders.CUSTOMER;
import static dev.conveyor.domain.order.Orders.PLACED_AT;
import static dev.conveyor.domain.order.Orders.STAFF;
import static dev.conveyor.domain.order.Orders.item;
import static dev.conveyor.domain.order.Orders.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.pricing.ListPriced;
import dev.conveyor.domain.shared.ConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Drives one product's stock the way the use cases do: an order is placed only
 * if its units can be reserved, and a cancellation gives back exactly what the
 * order says it released.
 */
class StockReservationPropertyTest {

    private static final ProductId PRODUCT = product(1);

    sealed interface Step permits Place, Cancel, Confirm, Wait {
    }

    /** A customer orders the product in one or more lines. */
    record Place(List<Integer> lineQuantities) implements Step {
        int total() {
            return lineQuantities.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Someone cancels the {@code pick}-th open order (modulo their number). */
    record Cancel(int pick, boolean byCustomer) implements Step {
    }

    /** The server confirms the {@code pick}-th open order if its window closed. */
    record Confirm(int pick) implements Step {
    }

    record Wait(int seconds) implements Step {
    }

    @Property
    void availableStockIsNeverNegativeAndReservedIsWhatOpenOrdersHold(
            @ForAll @IntRange(max = 60) int initialStock, @ForAll("steps") List<Step> steps) {
        Stock stock = Stock.of(initialStock);
        List<Order> open = new ArrayList<>();
        Instant now = PLACED_AT;
        for (Step step : steps) {
            if (step instanceof Place place) {
                if (stock.canReserve(place.total())) {
                    stock = stock.reserve(place.total());
                    open.add(place(place, now));
                }
            } else if (step instanceof Cancel cancel && !open.isEmpty()) {
                Order order = open.get(cancel.pick() % open.size());
                for (int released : cancel(order, cancel.byCustomer(), now).values()) {
                    stock = stock.release(released);
                }
                if (order.status() == OrderStatus.CANCELLED) {
                    open.remove(order);
                }
            } else if (step instanceof Confirm confirm && !open.isEmpty()) {
                Order order = open.get(confirm.pick() % open.size());
                if (order.status() == OrderStatus.PENDING && !order.isInsideCancellationWindow(now)) {
                    order.confirm(now);
                }
            } else if (step instanceof Wait wait) {
                now = now.plusSeconds(wait.seconds());
            }

            assertTrue(stock.available() >= 0, "available " + stock.available());
            assertEquals(openQuantities(open), stock.reserved());
            assertEquals(initialStock, stock.onHand());
        }
    }

    private static Order place(Place place, Instant now) {
        List<OrderItem> items = place.lineQuantities().stream().map(q -> item(1, 250, q)).toList();
        Order order = Order.place(OrderId.newId(), 1, CUSTOMER, items, ListPriced.of(items), Orders.address(), null,
                now, Orders.WINDOW);
        OrderEvents.InventoryReduced reduced = (OrderEvents.InventoryReduced) order.pullEvents().get(1);
        assertEquals(Map.of(PRODUCT, place.total()), reduced.quantities());
        return order;
    }

    /** A customer outside the window is refused and releases nothing. */
    private static Map<ProductId, Integer> cancel(Order order, boolean byCustomer, Instant now) {
        if (!byCustomer) {
            return order.cancelByStaff(STAFF, "property", now);
        }
        if (order.status() == OrderStatus.PENDING && order.isInsideCancellationWindow(now)) {
            return order.cancelByCustomer(CUSTOMER, "property", now);
        }
        assertThrows(ConflictException.class, () -> order.cancelByCustomer(CUSTOMER, "property", now));
        return Map.of();
    }

    private static int openQuantities(List<Order> open) {
        return open.stream().flatMap(o -> o.lines().stream()).mapToInt(OrderLine::quantity).sum();
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> place = Arbitraries.integers().between(1, 12).list().ofMinSize(1).ofMaxSize(3)
                .map(Place::new);
        Arbitrary<Step> cancel = Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.of(true,
                false)).as(Cancel::new);
        Arbitrary<Step> confirm = Arbitraries.integers().between(0, 1000).map(Confirm::new);
        Arbitrary<Step> wait = Arbitraries.integers().between(1, 90).map(Wait::new);
        return Arbitraries.frequencyOf(Tuple.of(4, place), Tuple.of(3, cancel), Tuple.of(1, confirm),
                Tuple.of(2, wait)).list().ofMaxSize(60);
    }
}
