package dev.conveyor.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class AllocationTest {

    /** 1.00 over three lines of 1.00: 0.33 each, the cent left to the first of the largest. */
    @Test
    void theRemainderGoesToTheLargestLineFirstOnTies() {
        assertArrayEquals(new long[] {34, 33, 33}, Allocation.proRata(100, new long[] {100, 100, 100}));
        assertArrayEquals(new long[] {33, 34, 33}, Allocation.proRata(100, new long[] {100, 101, 100}));
    }

    /** 0.02 over three lines of 0.01: shares round down to 0; the largest (first) takes 0.01, the next the other. */
    @Test
    void aRemainderLargerThanTheLargestLinesRoomMovesOn() {
        assertArrayEquals(new long[] {1, 1, 0}, Allocation.proRata(2, new long[] {1, 1, 1}));
    }
}
