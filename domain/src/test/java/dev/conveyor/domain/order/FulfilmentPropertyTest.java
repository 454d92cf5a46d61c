package dev.conveyor.domain.order;

import static dev.conveyor.domain.order.Orders.DEADLINE;
import static dev.conveyor.domain.order.Orders.STAFF;
import static dev.conveyor.domain.order.Orders.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.domain.shared.ConflictException;
import java.time.Instant;
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
 * Drives one order through any sequence of delivery steps and a possible
 * cancellation, refused steps included, the way the use cases call it. Units
 * are never delivered, shipped or allocated beyond what was ordered.
 */
class FulfilmentPropertyTest {

    private static final Instant NOW = DEADLINE.plusSeconds(60);

    enum Kind { ALLOCATE, SHIP, DELIVER, RELEASE, RETURN, CANCEL }

    record Step(Kind kind, int line, int quantity) {
    }

    @Property
    void unitsNeverExceedWhatWasOrdered(@ForAll @IntRange(min = 1, max = 20) int first,
                                        @ForAll @IntRange(min = 1, max = 20) int second,
                                        @ForAll("steps") List<Step> steps) {
        Order order = Orders.place(item(1, 100, first), item(2, 300, second));
        order.confirm(DEADLINE);
        for (Step step : steps) {
            try {
                apply(order, step);
            } catch (ConflictException refused) {
                // refused steps change nothing; the invariants below must still hold
            }
            for (OrderLine line : order.lines()) {
                assertTrue(line.delivered() <= line.shipped());
                assertTrue(line.shipped() + line.allocated() + line.cancelled() <= line.quantity());
                assertTrue(line.delivered() <= line.quantity());
                assertEquals(line.quantity(), line.remaining() + line.allocated() + line.shipped() + line.cancelled());
                assertTrue(line.remaining() >= 0);
            }
            assertTrue(order.progress() >= 0 && order.progress() <= 100);
            assertEquals(order.fulfillmentStatus() == FulfillmentStatus.DELIVERED, order.progress() == 100);
        }
    }

    private static void apply(Order order, Step step) {
        Map<Integer, Integer> quantities = Map.of(step.line(), step.quantity());
        switch (step.kind()) {
            case ALLOCATE -> order.allocate(quantities, NOW);
            case SHIP -> order.ship(quantities, NOW);
            case DELIVER -> order.deliver(quantities, NOW);
            case RELEASE -> order.releaseAllocation(quantities, NOW);
            case RETURN -> order.returnShipment(quantities, NOW);
            case CANCEL -> order.cancelByStaff(STAFF, "property", NOW);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                // cancelling ends the sequence's interest, so it comes rarely
                Arbitraries.frequency(Tuple.of(4, Kind.ALLOCATE), Tuple.of(3, Kind.SHIP), Tuple.of(3, Kind.DELIVER),
                        Tuple.of(1, Kind.RELEASE), Tuple.of(1, Kind.RETURN), Tuple.of(1, Kind.CANCEL)),
                Arbitraries.integers().between(1, 2),
                Arbitraries.integers().between(1, 25)).as(Step::new);
        return step.list().ofMaxSize(40);
    }
}
