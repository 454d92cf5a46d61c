package dev.conveyor.application.accounts.port.in;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.user.Email;
import java.util.Locale;

/** A new password as typed: length rules only, so pass phrases work. */
public record Password(String value) {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    static final int SHORTEST_GUESSABLE_LOCAL_PART = 4;

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

    /**
     * Whether this password gives itself away to whoever knows the account's address: it contains the address, or
     * its local part when that is at least {@value #SHORTEST_GUESSABLE_LOCAL_PART} characters long (a shorter one,
     * like "ann", is part of too many good pass phrases to refuse). Case is ignored.
     */
    public boolean contains(Email email) {
        String password = value.toLowerCase(Locale.ROOT);
        String localPart = email.localPart();
        return password.contains(email.value())
                || (localPart.length() >= SHORTEST_GUESSABLE_LOCAL_PART && password.contains(localPart));
    }

    @Override
    public String toString() {
        return "Password[****]";
    }
}
