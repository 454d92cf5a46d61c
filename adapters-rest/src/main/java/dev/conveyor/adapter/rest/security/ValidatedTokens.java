package dev.conveyor.adapter.rest.security;

import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authentications of access tokens that passed validation, kept until the
 * token's own {@code exp} and never longer; bounded in size.
 */
final class ValidatedTokens {

    private final Map<String, Validated> validated = new ConcurrentHashMap<>();
    private final int capacity;
    private final Clock clock;

    ValidatedTokens(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    Optional<Authentication> find(String token) {
        Validated known = validated.get(token);
        if (known == null) {
            return Optional.empty();
        }
        if (clock.instant().isBefore(known.expiresAt())) {
            return Optional.of(known.authentication());
        }
        validated.remove(token, known);
        return Optional.empty();
    }

    /** Remembers a successful validation; tokens without a readable expiry are not remembered. */
    void remember(String token, Authentication authentication) {
        Instant now = clock.instant();
        Instant expiresAt = TokenClaims.expiry(authentication);
        if (expiresAt == null || !now.isBefore(expiresAt)) {
            return;
        }
        if (validated.size() >= capacity) {
            validated.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
            if (validated.size() >= capacity) {
                // still full of live tokens: start over rather than grow without bound
                validated.clear();
            }
        }
        validated.put(token, new Validated(authentication, expiresAt));
    }

    int size() {
        return validated.size();
    }

    private record Validated(Authentication authentication, Instant expiresAt) {
    }
}
