package dev.conveyor.application.port.in;

import dev.conveyor.application.common.Actor;

public interface LogInUseCase {

    /**
     * @throws dev.conveyor.application.common.UnauthenticatedException for any wrong e-mail/password combination
     * @throws dev.conveyor.application.common.TooManyRequestsException when the account or address tried too often
     */
    Session logIn(Actor actor, LogInCommand command);
}
