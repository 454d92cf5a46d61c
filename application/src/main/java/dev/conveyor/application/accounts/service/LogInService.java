package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.LogInCommand;
import dev.conveyor.application.accounts.port.in.LogInUseCase;
import dev.conveyor.application.accounts.port.in.Session;
import dev.conveyor.application.accounts.port.out.PasswordHasherPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.TooManyRequestsException;
import dev.conveyor.application.shared.UnauthenticatedException;
import dev.conveyor.application.shared.port.out.RateLimitPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.domain.user.Email;
import dev.conveyor.domain.user.User;
import java.util.Locale;
import java.util.Optional;

final class LogInService implements LogInUseCase {

    private final UserRepositoryPort users;
    private final PasswordHasherPort hasher;
    private final RateLimitPort rateLimits;
    private final SessionIssuer sessions;
    private final TransactionPort transactions;
    private final LoginLimits limits;
    /** Compared against when the account does not exist, so timing does not reveal which e-mails are registered. */
    private final String decoyHash;

    LogInService(UserRepositoryPort users, PasswordHasherPort hasher, RateLimitPort rateLimits,
                 SessionIssuer sessions, TransactionPort transactions, LoginLimits limits) {
        this.users = users;
        this.hasher = hasher;
        this.rateLimits = rateLimits;
        this.sessions = sessions;
        this.transactions = transactions;
        this.limits = limits;
        this.decoyHash = hasher.hash("decoy password that matches nothing");
    }

    @Override
    public Session logIn(Actor actor, LogInCommand command) {
        String account = command.email().toLowerCase(Locale.ROOT);
        // in this order, so that a caller refused for its address or its own attempts uses up nothing of the
        // account's ceiling, which its owner shares
        limit("login:address:" + command.clientAddress(), limits.perAddress());
        limit("login:account-from:" + command.clientAddress() + ":" + account, limits.perAccount());
        limit("login:account:" + account, limits.perAccountEverywhere());
        Optional<User> user = users.findByEmail(new Email(command.email())).filter(User::isActive);
        boolean matches = hasher.matches(command.password(), user.map(User::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            throw new UnauthenticatedException("wrong e-mail or password");
        }
        return transactions.inTransaction(() -> sessions.start(user.get()));
    }

    private void limit(String key, int perWindow) {
        rateLimits.tryAcquire(key, perWindow, limits.window()).ifPresent(retryAfter -> {
            throw new TooManyRequestsException("too many login attempts; retry in " + retryAfter.toSeconds() + " s",
                    retryAfter);
        });
    }
}
