package dev.conveyor.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OrderNumberTest {

    @Test
    void aSequencePadsToSixDigitsAndGrowsBeyondThem() {
        assertEquals("ORD-2026-000042", OrderNumber.of(2026, 42).value());
        assertEquals("ORD-2026-999999", OrderNumber.of(2026, 999_999).value());
        assertEquals("ORD-2027-1234567", OrderNumber.of(2027, 1_234_567).value());
        assertEquals("ORD-0999-000001", OrderNumber.of(999, 1).value());
    }

    @Test
    void onlyPositiveSequencesAndFourDigitYearsMakeANumber() {
        assertThrows(IllegalArgumentException.class, () -> OrderNumber.of(2026, 0));
        assertThrows(IllegalArgumentException.class, () -> OrderNumber.of(12026, 1));
    }
}
