package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.DeleteMyAccountUseCase;
import dev.conveyor.application.accounts.port.out.AddressBookPort;
import dev.conveyor.application.accounts.port.out.RefreshTokenPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.application.shared.service.Retry;
import dev.conveyor.domain.user.User;
import java.time.Clock;
import java.time.Instant;

final class DeleteMyAccountService implements DeleteMyAccountUseCase {

    private final UserRepositoryPort users;
    private final RefreshTokenPort refreshTokens;
    private final AddressBookPort addressBook;
    private final SessionEnds sessionEnds;
    private final TransactionPort transactions;
    private final Clock clock;

    DeleteMyAccountService(UserRepositoryPort users, RefreshTokenPort refreshTokens, AddressBookPort addressBook,
                           SessionEnds sessionEnds, TransactionPort transactions, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.addressBook = addressBook;
        this.sessionEnds = sessionEnds;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void delete(Actor actor) {
        User deleted = Retry.onConcurrentModification(() -> transactions.inTransaction(() -> {
            User user = GetMyProfileService.current(users, actor);
            Instant now = clock.instant();
            user.delete(now);
            users.update(user);
            addressBook.deleteAllOf(user.id());
            refreshTokens.revokeAllOf(user.id(), now);
            sessionEnds.end(user.id());
            return user;
        }));
        sessionEnds.announce(deleted.id());
    }
}
