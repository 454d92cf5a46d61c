package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.GetMyProfileQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.UnauthenticatedException;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.domain.user.User;

final class GetMyProfileService implements GetMyProfileQuery {

    private final UserRepositoryPort users;

    GetMyProfileService(UserRepositoryPort users) {
        this.users = users;
    }

    @Override
    public User me(Actor actor) {
        return current(users, actor);
    }

    /** The caller's own account; a token outliving its deleted account authenticates nobody. */
    static User current(UserRepositoryPort users, Actor actor) {
        return users.findById(actor.requireUser()).filter(User::isActive)
                .orElseThrow(() -> new UnauthenticatedException("the account no longer exists"));
    }
}
