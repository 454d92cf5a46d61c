package dev.conveyor.adapter.rest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.application.accounts.port.in.LogInCommand;
import dev.conveyor.application.accounts.port.in.SignUpCommand;
import dev.conveyor.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class AuthRequestsTest {

    private static String fieldOf(Runnable conversion) {
        return assertThrows(InvalidInputException.class, conversion::run).field();
    }

    @Test
    void signUpBecomesTheCommand() {
        SignUpCommand command = new SignUpRequest("Ann@Example.com", "correct horse battery", "Ann").toCommand();

        assertEquals("ann@example.com", command.email().value());
        assertEquals("Ann", command.profile().name());
    }

    @Test
    void signUpNamesItsBadFields() {
        assertEquals("email", fieldOf(() -> new SignUpRequest(null, "correct horse battery", "Ann").toCommand()));
        assertEquals("email", fieldOf(() -> new SignUpRequest("not-an-email", "correct horse battery", null)
                .toCommand()));
        assertEquals("password", fieldOf(() -> new SignUpRequest("ann@example.com", null, "Ann").toCommand()));
        assertEquals("password", fieldOf(() -> new SignUpRequest("ann@example.com", "short", "Ann").toCommand()));
    }

    @Test
    void logInCarriesTheClientAddress() {
        LogInCommand command = new LogInRequest("ann@example.com", "pw").toCommand("192.0.2.4");

        assertEquals("192.0.2.4", command.clientAddress());
        assertEquals("password", fieldOf(() -> new LogInRequest("ann@example.com", null).toCommand("192.0.2.4")));
    }

    @Test
    void passwordsAndTokensStayOutOfLogs() {
        assertFalse(new SignUpRequest("a@b.c", "secret-password", "Ann").toString().contains("secret-password"));
        assertFalse(new LogInRequest("a@b.c", "secret-password").toString().contains("secret-password"));
        assertFalse(new RefreshTokenRequest("secret-token").toString().contains("secret-token"));
    }
}
