package dev.conveyor.application.port.in;

import dev.conveyor.application.common.Actor;

public interface RefreshSessionUseCase {

    /**
     * Exchanges a refresh token for a new session; the presented token is used up.
     * Presenting a used token revokes its whole family.
     *
     * @throws dev.conveyor.application.common.UnauthenticatedException when the token is unknown, used, revoked or expired
     */
    Session refresh(Actor actor, String refreshToken);
}
