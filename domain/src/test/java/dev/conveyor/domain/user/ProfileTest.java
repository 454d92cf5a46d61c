package dev.conveyor.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileTest {

    @Test
    void everyPartIsOptional() {
        Profile profile = new Profile(null, null, null);

        assertEquals(Profile.EMPTY, profile);
        assertNull(profile.name());
    }

    @Test
    void blankPartsBecomeAbsentAndTextIsTrimmed() {
        Profile profile = new Profile("  Ada  ", "   ", null);

        assertEquals("Ada", profile.name());
        assertNull(profile.phone());
    }

    @Test
    void theAddressIsKeptAsGiven() {
        Address address = Address.of("address", "Ada", "1 Way", null, "London", null, "N1", "GB");

        assertEquals(address, new Profile("Ada", null, address).address());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+49 30 1234567", "(030) 123-45.67", "0/12", "123"})
    void phoneNumbersOfDigitsAndPunctuationAreAccepted(String phone) {
        assertEquals(phone, new Profile(null, phone, null).phone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me", "12", "+49 30 CALL", "1234567890123456789012345678901", "12;34", "---", "(/)", "1-2"})
    void otherPhoneNumbersAreRefused(String phone) {
        assertEquals("phone", assertThrows(InvalidInputException.class,
                () -> new Profile(null, phone, null)).field());
    }

    @Test
    void aNameOverTwoHundredCharactersIsRefused() {
        assertEquals("x".repeat(200), new Profile("x".repeat(200), null, null).name());

        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> new Profile("x".repeat(201), null, null)).field());
    }
}
