package dev.conveyor.application.port.in;

import dev.conveyor.application.common.Actor;

public interface DeleteMyAccountUseCase {

    /** Erases the personal data, revokes every session; orders stay, pointing at the anonymised account. */
    void delete(Actor actor);
}
