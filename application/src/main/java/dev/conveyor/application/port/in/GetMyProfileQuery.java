package dev.conveyor.application.port.in;

import dev.conveyor.application.common.Actor;
import dev.conveyor.domain.user.User;

public interface GetMyProfileQuery {

    User me(Actor actor);
}
