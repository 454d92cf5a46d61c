package dev.conveyor.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void addressesAreTrimmedAndComparedCaseInsensitively() {
        assertEquals(new Email("ada@example.org"), new Email("  Ada@Example.ORG "));
        assertEquals("ada@example.org", new Email("ADA@EXAMPLE.ORG").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.c", "first.last+tag@sub.example.co.uk", "o'brien@example.ie"})
    void plausibleAddressesAreAccepted(String email) {
        assertEquals(email.toLowerCase(), new Email(email).value());
    }

    @Test
    void theLocalPartMayHaveSixtyFourCharacters() {
        String email = "a".repeat(64) + "@example.org";

        assertEquals(email, new Email(email).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "ada", "ada@", "a@b..c", "a@.b.c", "a@b.c.", "@example.org", "ada@example", "ada@@example.org",
            "ada lovelace@example.org", "ada@exa mple.org", "ada@example.", "ada@.org@x"})
    void malformedAddressesAreRefused(String email) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new Email(email));

        assertEquals("email", refused.field());
    }

    @Test
    void aLocalPartOverSixtyFourCharactersIsRefused() {
        assertEquals("email", assertThrows(InvalidInputException.class,
                () -> new Email("a".repeat(65) + "@example.org")).field());
    }

    @Test
    void anAddressOverTwoHundredFiftyFourCharactersIsRefused() {
        String domain = "d".repeat(254 - "ada@".length() - ".org".length()) + ".org";
        assertEquals(254, new Email("ada@" + domain).value().length());

        assertEquals("email", assertThrows(InvalidInputException.class,
                () -> new Email("ada@x" + domain)).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.org", "first.last+tag@sub.example.co.uk", "o'brien@example.ie",
            "x_y-z@a-b.example", "{weird}|ok~@example.museum", "ada@xn--mnchen-3ya.de", "1@2.example"})
    void aNewAccountMayUseADotAtomAtAHostName(String email) {
        assertEquals(email.toLowerCase(), Email.forNewAccount(email).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>@x.y", "a b@example.org", ".ada@example.org", "ada.@example.org",
            "a..da@example.org", "\"quoted\"@example.org", "ada@[127.0.0.1]", "ada@-example.org",
            "ada@example-.org", "ada@example.123", "ada@münchen.de", "ada(comment)@example.org", "ada@exa_mple.org",
            "ad\u0000a@example.org"})
    void aNewAccountsAddressIsHeldToTheStrictRule(String email) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Email.forNewAccount(email));
        assertEquals("email", refused.field());
    }

    @Test
    void theLocalPartIsWhatComesBeforeTheAt() {
        assertEquals("first.last+tag", new Email("First.Last+tag@example.org").localPart());
    }
}
