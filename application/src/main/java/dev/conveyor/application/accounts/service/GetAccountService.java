package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.GetAccountQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;

final class GetAccountService implements GetAccountQuery {

    private final UserRepositoryPort users;

    GetAccountService(UserRepositoryPort users) {
        this.users = users;
    }

    @Override
    public User account(Actor actor, UserId id) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        return users.findById(id).filter(User::isActive)
                .orElseThrow(() -> new NotFoundException("USER_NOT_FOUND", "no account " + id.value()));
    }
}
