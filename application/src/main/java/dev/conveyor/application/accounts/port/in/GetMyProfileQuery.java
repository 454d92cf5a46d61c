package dev.conveyor.application.accounts.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.user.User;

public interface GetMyProfileQuery {

    User me(Actor actor);
}
