package dev.conveyor.adapter.rest.security;

import io.micronaut.security.authentication.Authentication;
import java.time.Instant;
import java.util.Date;

/** The claims of an authenticated access token that outlive its validation: expiry and session marker. */
public final class TokenClaims {

    private TokenClaims() {
    }

    /** The token's {@code exp}; null when it has none (such a token is refused before it gets here). */
    public static Instant expiry(Authentication authentication) {
        Object exp = authentication.getAttributes().get("exp");
        if (exp instanceof Date date) {
            return date.toInstant();
        }
        if (exp instanceof Instant instant) {
            return instant;
        }
        if (exp instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }

    /** Tokens issued before markers existed carry none: they count as the first marker, 0. */
    public static long sessionMarker(Authentication authentication) {
        Object claim = authentication.getAttributes().get(AccessTokenAdapter.MARKER_CLAIM);
        return claim instanceof Number number ? number.longValue() : 0;
    }
}
