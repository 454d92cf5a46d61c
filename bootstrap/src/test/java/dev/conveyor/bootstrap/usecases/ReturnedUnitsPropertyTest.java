package dev.conveyor.bootstrap.usecases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.inmemory.returns.InMemoryReturnRepositoryAdapter;
import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.domain.order.OrderId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Whatever returns are opened, rejected or cancelled on a line, the units they hold never exceed the units
 * delivered, and a return is refused exactly when it would exceed them (the rule the database keeps with
 * its conditional update, here on the in-memory store).
 */
class ReturnedUnitsPropertyTest {

    @Property(tries = 300)
    void heldUnitsStayWithinTheDeliveredOnes(@ForAll @IntRange(min = 0, max = 12) int delivered,
                                             @ForAll @Size(max = 40) List<@IntRange(min = -6, max = 6) Integer> steps) {
        InMemoryReturnRepositoryAdapter returns = new InMemoryReturnRepositoryAdapter(new MemoryStore());
        OrderId order = OrderId.newId();
        List<Integer> open = new ArrayList<>();
        for (int step : steps) {
            int held = open.stream().mapToInt(Integer::intValue).sum();
            if (step > 0) {
                boolean accepted = returns.holdUnits(order, 1, step, delivered);
                assertEquals(held + step <= delivered, accepted, () -> held + " held, " + step + " more of "
                        + delivered);
                if (accepted) {
                    open.add(step);
                }
            } else if (step < 0 && !open.isEmpty()) {
                // a rejected or cancelled return gives its units back
                int released = open.remove(Math.floorMod(step, open.size()));
                returns.releaseUnits(order, 1, released);
            }
            assertTrue(open.stream().mapToInt(Integer::intValue).sum() <= delivered);
        }
        int free = delivered - open.stream().mapToInt(Integer::intValue).sum();
        if (free > 0) {
            assertTrue(returns.holdUnits(order, 1, free, delivered));
        }
        assertFalse(returns.holdUnits(order, 1, 1, delivered));
    }
}
