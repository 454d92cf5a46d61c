package dev.conveyor.adapter.persistence.user;

import dev.conveyor.application.accounts.port.out.RefreshTokenPort;
import dev.conveyor.domain.user.RefreshToken;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcRefreshTokenAdapter implements RefreshTokenPort {

    private final RefreshTokenJdbcRepository tokens;

    JdbcRefreshTokenAdapter(RefreshTokenJdbcRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public void insert(RefreshToken token) {
        tokens.save(RefreshTokenRow.of(token));
    }

    @Override
    public Optional<RefreshToken> findByHash(String tokenHash) {
        return tokens.findByTokenHash(tokenHash).map(RefreshTokenRow::toToken);
    }

    @Override
    public boolean markUsed(UUID tokenId, Instant at) {
        // the conditional update decides between two concurrent refreshes with the same token
        return tokens.markUsed(tokenId, at) == 1;
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        tokens.revokeFamily(familyId, at);
    }

    @Override
    public void revokeAllOf(UserId userId, Instant at) {
        tokens.revokeAllOf(userId.value(), at);
    }
}
