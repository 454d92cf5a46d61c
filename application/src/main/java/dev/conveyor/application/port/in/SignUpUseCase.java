package dev.conveyor.application.port.in;

import dev.conveyor.application.common.Actor;
import dev.conveyor.domain.user.User;

public interface SignUpUseCase {

    /** Creates a customer account. @throws dev.conveyor.domain.shared.ConflictException EMAIL_TAKEN */
    User signUp(Actor actor, SignUpCommand command);
}
