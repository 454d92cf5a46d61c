package dev.conveyor.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SkuTest {

    @ParameterizedTest
    @CsvSource({"abc-1, ABC-1", "' mug.blue_xl ', MUG.BLUE_XL", "0, 0", "A-, A-"})
    void skusAreTrimmedAndUpperCased(String given, String stored) {
        assertEquals(stored, new Sku(given).value());
        assertEquals(new Sku(stored), new Sku(given));
    }

    @Test
    void aSkuMayHaveSixtyFourCharacters() {
        assertEquals("A".repeat(64), new Sku("a".repeat(64)).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "-ABC", ".ABC", "_ABC", "AB C", "AB/C", "ÄBC", "AB#1", "ﬁx", "straße"})
    void skusOfOtherCharactersAreRefused(String sku) {
        assertEquals("sku", assertThrows(InvalidInputException.class, () -> new Sku(sku)).field());
    }

    @Test
    void aSkuOverSixtyFourCharactersIsRefused() {
        assertEquals("sku", assertThrows(InvalidInputException.class, () -> new Sku("A".repeat(65))).field());
    }
}
