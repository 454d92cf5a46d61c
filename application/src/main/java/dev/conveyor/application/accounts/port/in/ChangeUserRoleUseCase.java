package dev.conveyor.application.accounts.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;

public interface ChangeUserRoleUseCase {

    /** Administrators only, and never on themselves (so the last one cannot lock everybody out). */
    User changeRole(Actor actor, UserId userId, Role role);
}
