package dev.conveyor.application.accounts.port.in;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;

/** A new password as typed: length rules only, so pass phrases work. */
public record Password(String value) {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    public Password {
        Check.notNull("password", value);
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new InvalidInputException("password",
                    "password must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
        }
        if (value.isBlank()) {
            throw new InvalidInputException("password", "password must not be blank");
        }
    }

    @Override
    public String toString() {
        return "Password[****]";
    }
}
