package dev.conveyor.application.accounts.port.in;

import dev.conveyor.application.accounts.port.out.AccessTokenPort.AccessToken;
import dev.conveyor.domain.user.User;
import java.time.Instant;

/** What a login or refresh hands to the client: a short-lived access token and the next refresh token. */
public record Session(AccessToken accessToken, String refreshToken, Instant refreshTokenExpiresAt, User user) {
}
