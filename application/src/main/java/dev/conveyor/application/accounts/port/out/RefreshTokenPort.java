package dev.conveyor.application.accounts.port.out;

import dev.conveyor.domain.user.RefreshToken;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public interface RefreshTokenPort {

    void insert(RefreshToken token);

    Optional<RefreshToken> findByHash(String tokenHash);

    /**
     * Marks the token used if it is neither used nor revoked yet.
     *
     * @return false when another request used or revoked it first
     */
    boolean markUsed(UUID tokenId, Instant at);

    void revokeFamily(UUID familyId, Instant at);

    void revokeAllOf(UserId userId, Instant at);
}
