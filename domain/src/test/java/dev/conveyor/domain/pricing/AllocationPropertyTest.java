package dev.conveyor.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AllocationPropertyTest {

    @Property
    void sharesSumToTheAmountAndNoneExceedsItsLine(@ForAll("weights") List<Long> weights, @ForAll("fractions") double part) {
        long[] w = weights.stream().mapToLong(Long::longValue).toArray();
        long amount = (long) (Arrays.stream(w).sum() * part);

        long[] shares = Allocation.proRata(amount, w);

        assertEquals(amount, Arrays.stream(shares).sum());
        for (int i = 0; i < w.length; i++) {
            assertTrue(shares[i] >= 0 && shares[i] <= w[i]);
        }
    }

    @Provide
    Arbitrary<List<Long>> weights() {
        return Arbitraries.longs().between(0, 1_000_000_000L).list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }
}
