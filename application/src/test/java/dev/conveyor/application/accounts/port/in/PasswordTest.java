package dev.conveyor.application.accounts.port.in;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordTest {

    @ParameterizedTest
    @ValueSource(strings = {"0123456789", "correct horse battery staple", "  padded  pass  "})
    void passwordsOfAcceptedLengthAreKeptAsTyped(String password) {
        assertEquals(password, new Password(password).value());
    }

    @Test
    void theLengthBoundsAreInclusive() {
        assertEquals(Password.MIN_LENGTH, new Password("p".repeat(Password.MIN_LENGTH)).value().length());
        assertEquals(Password.MAX_LENGTH, new Password("p".repeat(Password.MAX_LENGTH)).value().length());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "short", "123456789", "          ", "\t\t\t\t\t\t\t\t\t\t\t\t"})
    void shortBlankOrMissingPasswordsAreRefused(String password) {
        assertEquals("password", assertThrows(InvalidInputException.class, () -> new Password(password)).field());
    }

    @Test
    void aPasswordOverTheMaximumIsRefused() {
        assertEquals("password", assertThrows(InvalidInputException.class,
                () -> new Password("p".repeat(Password.MAX_LENGTH + 1))).field());
    }

    @Test
    void thePasswordNeverShowsInLogs() {
        assertFalse(new Password("secret-passphrase").toString().contains("secret"));
    }
}
