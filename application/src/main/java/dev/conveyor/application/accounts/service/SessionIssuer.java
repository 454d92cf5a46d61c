package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.Session;
import dev.conveyor.application.accounts.port.out.AccessTokenPort;
import dev.conveyor.application.accounts.port.out.RefreshTokenPort;
import dev.conveyor.application.accounts.port.out.SessionMarkerPort;
import dev.conveyor.application.shared.UnauthenticatedException;
import dev.conveyor.application.shared.service.Hashing;
import dev.conveyor.domain.user.RefreshToken;
import dev.conveyor.domain.user.User;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** Issues the access token and the next refresh token of a session; only the refresh token's hash is stored. */
final class SessionIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokenPort accessTokens;
    private final RefreshTokenPort refreshTokens;
    private final SessionMarkerPort markers;
    private final Clock clock;
    private final Duration refreshLifetime;

    SessionIssuer(AccessTokenPort accessTokens, RefreshTokenPort refreshTokens, SessionMarkerPort markers,
                  Clock clock, Duration refreshLifetime) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.markers = markers;
        this.clock = clock;
        this.refreshLifetime = refreshLifetime;
    }

    Session start(User user) {
        Instant now = clock.instant();
        String secret = newSecret();
        RefreshToken token = RefreshToken.startFamily(user.id(), hash(secret), now, refreshLifetime);
        refreshTokens.insert(token);
        return new Session(accessTokens.issue(user, markerOf(user), now), secret, token.expiresAt(), user);
    }

    Session continueAfter(RefreshToken previous, User user) {
        Instant now = clock.instant();
        String secret = newSecret();
        RefreshToken token = previous.next(hash(secret), now, refreshLifetime);
        refreshTokens.insert(token);
        return new Session(accessTokens.issue(user, markerOf(user), now), secret, token.expiresAt(), user);
    }

    /** Read in the transaction that issues the token: a session ended meanwhile ends this token too. */
    private long markerOf(User user) {
        return markers.current(user.id())
                .orElseThrow(() -> new UnauthenticatedException("the account no longer exists"));
    }

    static String hash(String secret) {
        return Hashing.sha256(secret);
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
