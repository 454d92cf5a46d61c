package dev.conveyor.application.accounts.port.in;

import dev.conveyor.domain.user.Email;
import dev.conveyor.domain.user.Profile;

public record SignUpCommand(Email email, Password password, Profile profile) {

    public static SignUpCommand of(String email, String password, String name) {
        return new SignUpCommand(new Email(email), new Password(password), new Profile(name, null, null));
    }
}
