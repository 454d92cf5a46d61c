package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.ChangeMyPasswordUseCase;
import dev.conveyor.application.accounts.port.out.PasswordHasherPort;
import dev.conveyor.application.accounts.port.out.RefreshTokenPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.application.shared.service.Retry;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.user.User;
import java.time.Clock;
import java.time.Instant;

final class ChangeMyPasswordService implements ChangeMyPasswordUseCase {

    private final UserRepositoryPort users;
    private final PasswordHasherPort hasher;
    private final RefreshTokenPort refreshTokens;
    private final SessionEnds sessionEnds;
    private final TransactionPort transactions;
    private final Clock clock;

    ChangeMyPasswordService(UserRepositoryPort users, PasswordHasherPort hasher, RefreshTokenPort refreshTokens,
                            SessionEnds sessionEnds, TransactionPort transactions, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.refreshTokens = refreshTokens;
        this.sessionEnds = sessionEnds;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void change(Actor actor, ChangePasswordCommand command) {
        // hashing is slow on purpose: both hashes are worked out before the transaction, not inside it
        User before = GetMyProfileService.current(users, actor);
        if (!hasher.matches(command.currentPassword(), before.passwordHash())) {
            throw new InvalidInputException("currentPassword", "the current password is not this account's password");
        }
        if (command.password().contains(before.email())) {
            throw new InvalidInputException("password", "password must not contain the e-mail address or the "
                    + "part of it before the @");
        }
        String hash = hasher.hash(command.password().value());
        // a changed password ends every session, access tokens included: whoever knew the old one is out at once
        User changed = Retry.onConcurrentModification(() -> transactions.inTransaction(() -> {
            User user = GetMyProfileService.current(users, actor);
            Instant now = clock.instant();
            user.changePassword(hash, now);
            users.update(user);
            refreshTokens.revokeAllOf(user.id(), now);
            sessionEnds.end(user.id());
            return user;
        }));
        sessionEnds.announce(changed.id());
    }
}
