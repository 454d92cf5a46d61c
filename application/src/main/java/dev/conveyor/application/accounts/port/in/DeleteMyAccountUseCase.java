package dev.conveyor.application.accounts.port.in;

import dev.conveyor.application.shared.Actor;

public interface DeleteMyAccountUseCase {

    /** Erases the personal data, revokes every session; orders stay, pointing at the anonymised account. */
    void delete(Actor actor);
}
