package dev.conveyor.application.port.in;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.common.Page;
import dev.conveyor.application.common.PageRequest;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;

public interface ListUsersQuery {

    /** Administrators only. */
    Page<User> list(Actor actor, Role role, String text, PageRequest page);
}
