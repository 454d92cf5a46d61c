package dev.conveyor.adapter.rest.security;

import dev.conveyor.application.accounts.port.out.AccessTokenPort;
import dev.conveyor.domain.user.User;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs access tokens with micronaut-security-jwt's generator (HS256 with the
 * secret at {@code micronaut.security.token.jwt.signatures.secret.generator.secret});
 * the same module validates them on every request. Claims: {@code sub} = user
 * id, {@code roles} = [role], {@code iat}, {@code exp}, {@code tv} = the user's
 * session marker when the token was issued ({@link SessionMarkers}).
 */
@Singleton
public final class AccessTokenAdapter implements AccessTokenPort {

    /** The claim naming the session marker the token was issued under. */
    public static final String MARKER_CLAIM = "tv";

    private final TokenGenerator generator;
    private final Duration lifetime;

    AccessTokenAdapter(TokenGenerator generator,
                       @Value("${conveyor.security.access-token-lifetime:15m}") Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("conveyor.security.access-token-lifetime must be positive");
        }
        this.generator = generator;
        this.lifetime = lifetime;
    }

    @Override
    public AccessToken issue(User user, long sessionMarker, Instant now) {
        // JWT times are whole seconds; the reported expiry must be the one in the token
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(lifetime);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user.id().value().toString());
        claims.put("roles", List.of(user.role().name()));
        claims.put("iat", Date.from(issuedAt));
        claims.put("exp", Date.from(expiresAt));
        claims.put(MARKER_CLAIM, sessionMarker);
        String token = generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("the JWT generator produced no token"));
        return new AccessToken(token, expiresAt);
    }
}
