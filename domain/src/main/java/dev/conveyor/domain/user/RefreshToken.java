package dev.conveyor.domain.user;

import dev.conveyor.domain.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One link of a refresh-token family. Each refresh uses the presented link and
 * issues the next one; presenting a used link means the token was stolen (or
 * replayed), so the whole family is revoked.
 *
 * @param tokenHash SHA-256 of the secret the client holds; the secret itself is never stored
 */
public record RefreshToken(UUID id, UUID familyId, UserId userId, String tokenHash, Instant issuedAt,
                           Instant expiresAt, Instant usedAt, Instant revokedAt) {

    public RefreshToken {
        Objects.requireNonNull(id);
        Objects.requireNonNull(familyId);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(tokenHash);
        Objects.requireNonNull(issuedAt);
        Objects.requireNonNull(expiresAt);
    }

    public static RefreshToken startFamily(UserId userId, String tokenHash, Instant now, Duration lifetime) {
        return new RefreshToken(Ids.newId(), Ids.newId(), userId, tokenHash, now, now.plus(lifetime), null, null);
    }

    public RefreshToken next(String nextTokenHash, Instant now, Duration lifetime) {
        return new RefreshToken(Ids.newId(), familyId, userId, nextTokenHash, now, now.plus(lifetime), null, null);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
