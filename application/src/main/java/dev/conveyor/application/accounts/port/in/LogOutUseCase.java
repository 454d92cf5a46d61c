package dev.conveyor.application.accounts.port.in;

import dev.conveyor.application.shared.Actor;

public interface LogOutUseCase {

    /**
     * Revokes the refresh token's family and ends every access token of its user (or, without a known refresh
     * token, of the signed-in caller) at once; unknown tokens are ignored, so logging out twice is harmless.
     */
    void logOut(Actor actor, String refreshToken);
}
