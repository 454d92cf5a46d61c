package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.ListUsersQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;

final class ListUsersService implements ListUsersQuery {

    private final UserRepositoryPort users;

    ListUsersService(UserRepositoryPort users) {
        this.users = users;
    }

    @Override
    public Page<User> list(Actor actor, Role role, String text, PageRequest page) {
        actor.requireRole(Role.ADMIN);
        return users.list(role, Check.optionalText("q", text, 100), page);
    }
}
