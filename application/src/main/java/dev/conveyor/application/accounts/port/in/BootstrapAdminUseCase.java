package dev.conveyor.application.accounts.port.in;

import dev.conveyor.domain.user.User;
import java.util.Optional;

public interface BootstrapAdminUseCase {

    /**
     * Creates the configured first administrator unless an account with that
     * e-mail exists already.
     *
     * @return the account created, or empty when it existed
     */
    Optional<User> ensureAdmin(String email, String password);
}
