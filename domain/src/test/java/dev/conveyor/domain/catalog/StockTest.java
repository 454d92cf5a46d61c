package dev.conveyor.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StockTest {

    @Test
    void newStockHasNothingReserved() {
        Stock stock = Stock.of(7);

        assertEquals(new Stock(7, 0), stock);
        assertEquals(7, stock.available());
    }

    @ParameterizedTest(name = "onHand={0}, reserved={1}")
    @CsvSource({"-1, 0", "0, -1", "3, 4", "0, 1"})
    void stockNeverPromisesMoreThanItHolds(int onHand, int reserved) {
        assertThrows(IllegalArgumentException.class, () -> new Stock(onHand, reserved));
    }

    @Test
    void emptyAndFullyReservedStockAreValid() {
        assertEquals(0, new Stock(0, 0).available());
        assertEquals(0, new Stock(5, 5).available());
    }

    @ParameterizedTest(name = "reserve {0} of 5 available: {1}")
    @CsvSource({"-1, false", "0, false", "1, true", "5, true", "6, false"})
    void onlyPositiveQuantitiesUpToWhatIsAvailableCanBeReserved(int quantity, boolean possible) {
        Stock stock = new Stock(8, 3);

        assertEquals(possible, stock.canReserve(quantity));
        if (possible) {
            assertEquals(new Stock(8, 3 + quantity), stock.reserve(quantity));
        } else {
            assertThrows(IllegalArgumentException.class, () -> stock.reserve(quantity));
        }
    }

    @Test
    void releasingGivesReservedUnitsBack() {
        assertEquals(new Stock(8, 1), new Stock(8, 3).release(2));
        assertEquals(Stock.of(8), new Stock(8, 3).release(3));
    }

    @Test
    void moreThanWasReservedCannotBeReleased() {
        assertThrows(IllegalArgumentException.class, () -> new Stock(8, 3).release(4));
    }

    @Test
    void shippingTakesReservedUnitsOutOfTheWarehouse() {
        Stock shipped = new Stock(8, 3).ship(2);

        assertEquals(new Stock(6, 1), shipped);
        assertEquals(5, shipped.available());
    }

    @Test
    void unitsThatWereNotReservedCannotBeShipped() {
        assertThrows(IllegalArgumentException.class, () -> new Stock(8, 3).ship(4));
    }

    @Test
    void theCountOnHandCanBeSetButNotBelowWhatIsReserved() {
        assertEquals(new Stock(20, 3), new Stock(8, 3).withOnHand(20));
        assertEquals(new Stock(3, 3), new Stock(8, 3).withOnHand(3));
        assertThrows(IllegalArgumentException.class, () -> new Stock(8, 3).withOnHand(2));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, -3})
    void releasingOrShippingNothingOrLessIsRefused(int quantity) {
        Stock stock = new Stock(8, 3);
        assertThrows(IllegalArgumentException.class, () -> stock.release(quantity));
        assertThrows(IllegalArgumentException.class, () -> stock.ship(quantity));
    }

    @Test
    void availableIsNeverNegative() {
        for (int onHand = 0; onHand <= 5; onHand++) {
            for (int reserved = 0; reserved <= onHand; reserved++) {
                Stock stock = new Stock(onHand, reserved);
                assertTrue(stock.available() >= 0);
                assertFalse(stock.canReserve(stock.available() + 1));
            }
        }
    }
}
