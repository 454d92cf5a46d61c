package dev.conveyor.application.accounts.port.in;

import dev.conveyor.application.shared.Actor;

public interface LogInUseCase {

    /**
     * @throws dev.conveyor.application.shared.UnauthenticatedException for any wrong e-mail/password combination
     * @throws dev.conveyor.application.shared.TooManyRequestsException when the account or address tried too often
     */
    Session logIn(Actor actor, LogInCommand command);
}
