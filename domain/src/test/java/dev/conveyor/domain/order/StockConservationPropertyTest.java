package dev.conveyor.domain.order;

import static dev.conveyor.domain.order.Orders.DEADLINE;
import static dev.conveyor.domain.order.Orders.STAFF;
import static dev.conveyor.domain.order.Orders.item;
import static dev.conveyor.domain.order.Orders.product;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.pricing.AppliedRate;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.ConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * One product's stock driven as the use cases drive it, through any sequence
 * of placements, deliveries (allocated, shipped or released), cancellations
 * of what remains and edits (a line's quantity set, a line of the product
 * added), refused steps included: on hand and reserved move exactly as
 * the recorded reservations, releases and shipments say, and reserved is always
 * what the orders still hold.
 */
class StockConservationPropertyTest {

    private static final ProductId PRODUCT = product(1);
    private static final Instant NOW = DEADLINE.plusSeconds(60);

    enum Kind { PLACE, ALLOCATE, SHIP, RELEASE, CANCEL_LINES, CANCEL_REST, CANCEL_ORDER, EDIT_QUANTITY, EDIT_ADD_LINE }

    /** {@code pick} chooses an order (modulo their number), {@code quantity} the units concerned. */
    record Step(Kind kind, int pick, int quantity) {
    }

    /** What the use cases recorded against the product, as a stock adjustment log would. */
    private static final class Recorded {
        int reserved;
        int released;
        int shipped;
    }

    @Property
    void stockMovesExactlyAsRecorded(@ForAll @IntRange(max = 40) int initialStock,
                                     @ForAll("steps") List<Step> steps) {
        Stock stock = Stock.of(initialStock);
        Recorded recorded = new Recorded();
        List<Order> orders = new ArrayList<>();
        for (Step step : steps) {
            Order order = orders.isEmpty() ? null : orders.get(step.pick() % orders.size());
            try {
                stock = apply(step, order, orders, stock, recorded);
            } catch (ConflictException | dev.conveyor.domain.shared
                    .InvalidInputException refused) {
                // a refused step changes nothing: the checks below hold all the same
            }
            assertEquals(initialStock - recorded.shipped, stock.onHand());
            assertEquals(recorded.reserved - recorded.released - recorded.shipped, stock.reserved());
            assertEquals(orders.stream().filter(o -> o.status() != OrderStatus.CANCELLED)
                    .flatMap(o -> o.lines().stream()).mapToInt(OrderLine::reserved).sum(), stock.reserved());
        }
    }

    private static Stock apply(Step step, Order order, List<Order> orders, Stock stock, Recorded recorded) {
        int q = step.quantity();
        switch (step.kind()) {
            case PLACE -> {
                if (!stock.canReserve(q)) {
                    return stock;
                }
                Order placed = Orders.place(item(1, 100, q));
                if (step.pick() % 2 == 0) {
                    placed.confirm(DEADLINE);
                }
                orders.add(placed);
                recorded.reserved += q;
                return stock.reserve(q);
            }
            case ALLOCATE -> {
                if (order != null) {
                    order.allocate(Map.of(1, q), NOW);
                }
                return stock;
            }
            case SHIP -> {
                if (order == null) {
                    return stock;
                }
                order.ship(Map.of(1, q), NOW);
                recorded.shipped += q;
                return stock.ship(q);
            }
            case RELEASE -> {
                if (order != null) {
                    order.releaseAllocation(Map.of(1, q), NOW);
                }
                return stock;
            }
            case CANCEL_LINES, CANCEL_REST -> {
                if (order == null) {
                    return stock;
                }
                int units = step.kind() == Kind.CANCEL_REST ? order.lines().get(0).remaining() : q;
                return release(order.cancelLines(Map.of(1, units), STAFF, null, NOW), stock, recorded);
            }
            case CANCEL_ORDER -> {
                return order == null ? stock : release(order.cancelByStaff(STAFF, null, NOW), stock, recorded);
            }
            case EDIT_QUANTITY -> {
                return order == null ? stock : edit(order, new OrderChange.SetQuantity(1, q), stock, recorded);
            }
            case EDIT_ADD_LINE -> {
                return order == null ? stock : edit(order, new OrderChange.AddLine(item(1, 100, q),
                        PriceBreakdown.Line.of(PRODUCT, q, 100, 0, 0, AppliedRate.NONE, true)), stock, recorded);
            }
            default -> throw new IllegalStateException(step.toString());
        }
    }

    /**
     * As the edit use case does it: the order changes, then its stock is reserved (refused, as the database
     * refuses it, when too little is available: the transaction then changes nothing) or released.
     */
    private static Stock edit(Order order, OrderChange change, Stock stock, Recorded recorded) {
        int before = order.lines().stream().mapToInt(OrderLine::reserved).sum();
        int after = change instanceof OrderChange.SetQuantity set
                ? before - order.lines().get(0).quantity() + set.quantity()
                : before + ((OrderChange.AddLine) change).item().quantity();
        if (after > before && !stock.canReserve(after - before)) {
            return stock;
        }
        Map<ProductId, Integer> moved = order.edit(UUID.randomUUID(), List.of(change), STAFF, false, NOW)
                .stock();
        int delta = moved.getOrDefault(PRODUCT, 0);
        assertEquals(after - before, delta);
        if (delta > 0) {
            recorded.reserved += delta;
            return stock.reserve(delta);
        }
        recorded.released -= delta;
        return delta == 0 ? stock : stock.release(-delta);
    }

    private static Stock release(Map<ProductId, Integer> released, Stock stock, Recorded recorded) {
        int units = released.getOrDefault(PRODUCT, 0);
        recorded.released += units;
        return units == 0 ? stock : stock.release(units);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(1, 6)).as(Step::new).list().ofMaxSize(40);
    }
}
