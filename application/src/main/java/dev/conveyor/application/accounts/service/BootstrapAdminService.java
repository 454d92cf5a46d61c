package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.BootstrapAdminUseCase;
import dev.conveyor.application.accounts.port.in.Password;
import dev.conveyor.application.accounts.port.out.PasswordHasherPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.domain.user.Email;
import dev.conveyor.domain.user.User;
import java.time.Clock;
import java.util.Optional;

final class BootstrapAdminService implements BootstrapAdminUseCase {

    private final UserRepositoryPort users;
    private final PasswordHasherPort hasher;
    private final TransactionPort transactions;
    private final Clock clock;

    BootstrapAdminService(UserRepositoryPort users, PasswordHasherPort hasher, TransactionPort transactions,
                          Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<User> ensureAdmin(String email, String password) {
        Email address = new Email(email);
        if (users.findByEmail(address).isPresent()) {
            return Optional.empty();
        }
        User admin = User.firstAdmin(address, hasher.hash(new Password(password).value()), clock.instant());
        // two instances starting together: the second insert finds the e-mail taken and does nothing
        return transactions.inTransaction(() -> users.insert(admin)) ? Optional.of(admin) : Optional.empty();
    }
}
