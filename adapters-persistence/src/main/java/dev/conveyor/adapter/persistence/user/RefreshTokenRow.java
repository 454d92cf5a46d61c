package dev.conveyor.adapter.persistence.user;

import dev.conveyor.domain.user.RefreshToken;
import dev.conveyor.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("refresh_tokens")
record RefreshTokenRow(@Id UUID id, UUID familyId, UUID userId, String tokenHash, Instant issuedAt,
                       Instant expiresAt, @Nullable Instant usedAt, @Nullable Instant revokedAt) {

    static RefreshTokenRow of(RefreshToken token) {
        return new RefreshTokenRow(token.id(), token.familyId(), token.userId().value(), token.tokenHash(),
                token.issuedAt(), token.expiresAt(), token.usedAt(), token.revokedAt());
    }

    RefreshToken toToken() {
        return new RefreshToken(id, familyId, new UserId(userId), tokenHash, issuedAt, expiresAt, usedAt, revokedAt);
    }
}
