package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.UpdateMyProfileUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.application.shared.service.Retry;
import dev.conveyor.domain.user.Profile;
import dev.conveyor.domain.user.User;
import java.time.Clock;

final class UpdateMyProfileService implements UpdateMyProfileUseCase {

    private final UserRepositoryPort users;
    private final TransactionPort transactions;
    private final Clock clock;

    UpdateMyProfileService(UserRepositoryPort users, TransactionPort transactions, Clock clock) {
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public User update(Actor actor, UpdateProfileCommand command) {
        return Retry.onConcurrentModification(() -> transactions.inTransaction(() -> {
            User user = GetMyProfileService.current(users, actor);
            Profile old = user.profile();
            Profile changed = new Profile(
                    command.name() == null ? old.name() : command.name(),
                    command.phone() == null ? old.phone() : command.phone(),
                    command.address() == null ? old.address() : command.address());
            user.updateProfile(changed, clock.instant());
            users.update(user);
            return user;
        }));
    }
}
