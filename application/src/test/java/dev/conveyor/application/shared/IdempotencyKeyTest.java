package dev.conveyor.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "3f1c2b9e-5d4a-4c1e-9f7b-2a6d8e0c1b3a", "!~order#42{retry}"})
    void printableAsciiKeysAreAccepted(String key) {
        assertEquals(key, new IdempotencyKey(key).value());
    }

    @Test
    void aKeyMayHaveTwoHundredFiftyFiveCharacters() {
        assertEquals(255, new IdempotencyKey("k".repeat(255)).value().length());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "with space", " leading", "tab\tbed", "new\nline", "ümlaut", "del\u007f",
            "nul\u0000"})
    void otherKeysAreRefusedNamingTheHeader(String key) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new IdempotencyKey(key));

        assertEquals("Idempotency-Key", refused.field());
    }

    @Test
    void aKeyOverTwoHundredFiftyFiveCharactersIsRefused() {
        assertEquals("Idempotency-Key", assertThrows(InvalidInputException.class,
                () -> new IdempotencyKey("k".repeat(256))).field());
    }

    @Test
    void anAbsentHeaderMeansNoKey() {
        assertNull(IdempotencyKey.ofNullable(null));
        assertEquals(new IdempotencyKey("abc"), IdempotencyKey.ofNullable("abc"));
        assertThrows(InvalidInputException.class, () -> IdempotencyKey.ofNullable(""));
    }
}
