package dev.conveyor.application.accounts.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.user.User;

public interface SignUpUseCase {

    /** Creates a customer account. @throws dev.conveyor.domain.shared.ConflictException EMAIL_TAKEN */
    User signUp(Actor actor, SignUpCommand command);
}
