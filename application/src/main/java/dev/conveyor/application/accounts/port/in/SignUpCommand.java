package dev.conveyor.application.accounts.port.in;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.user.Email;
import dev.conveyor.domain.user.Profile;

public record SignUpCommand(Email email, Password password, Profile profile) {

    public SignUpCommand {
        Check.notNull("email", email);
        Check.notNull("password", password);
        if (password.contains(email)) {
            throw new InvalidInputException("password", "password must not contain the e-mail address or the "
                    + "part of it before the @");
        }
    }

    public static SignUpCommand of(String email, String password, String name) {
        return new SignUpCommand(Email.forNewAccount(email), new Password(password), new Profile(name, null, null));
    }
}
