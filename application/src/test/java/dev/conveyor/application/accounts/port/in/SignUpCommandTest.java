package dev.conveyor.application.accounts.port.in;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignUpCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"margaret@example.org", "MARGARET@EXAMPLE.ORG and more", "my name is margaret!",
            "xxMargaretxx1"})
    void aPasswordHoldingTheAddressOrItsLocalPartIsRefused(String password) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> SignUpCommand.of("margaret@example.org", password, "Margaret"));
        assertEquals("password", refused.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"annabelle sings loud", "correct horse battery"})
    void aShortLocalPartDoesNotRuleOutPassPhrasesThatHappenToHoldIt(String password) {
        assertEquals("ann@example.org", SignUpCommand.of("ann@example.org", password, null).email().value());
    }

    @Test
    void theAddressOfANewAccountIsHeldToTheStrictRule() {
        assertEquals("email", assertThrows(InvalidInputException.class,
                () -> SignUpCommand.of("<script>@x.y", "long enough password", null)).field());
    }
}
