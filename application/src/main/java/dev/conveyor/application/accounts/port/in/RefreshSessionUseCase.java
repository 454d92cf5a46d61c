package dev.conveyor.application.accounts.port.in;

import dev.conveyor.application.shared.Actor;

public interface RefreshSessionUseCase {

    /**
     * Exchanges a refresh token for a new session; the presented token is used up.
     * Presenting a used token revokes its whole family.
     *
     * @throws dev.conveyor.application.shared.UnauthenticatedException when the token is unknown, used, revoked or expired
     */
    Session refresh(Actor actor, String refreshToken);
}
