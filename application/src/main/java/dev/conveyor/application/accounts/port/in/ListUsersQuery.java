package dev.conveyor.application.accounts.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;

public interface ListUsersQuery {

    /** Administrators only. */
    Page<User> list(Actor actor, Role role, String text, PageRequest page);
}
