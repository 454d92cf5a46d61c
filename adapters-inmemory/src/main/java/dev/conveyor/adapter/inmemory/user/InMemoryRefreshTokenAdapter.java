package dev.conveyor.adapter.inmemory.user;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.accounts.port.out.RefreshTokenPort;
import dev.conveyor.domain.user.RefreshToken;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** Refresh tokens are immutable records already, so they are stored as they are. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryRefreshTokenAdapter implements RefreshTokenPort {

    private final MemoryStore store;
    private final Map<UUID, RefreshToken> tokens = new HashMap<>();
    private final Map<String, UUID> byHash = new HashMap<>();

    public InMemoryRefreshTokenAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void insert(RefreshToken token) {
        store.atomically(() -> {
            if (tokens.containsKey(token.id()) || byHash.containsKey(token.tokenHash())) {
                throw new IllegalStateException("refresh token " + token.id() + " or its hash is stored already");
            }
            store.put(tokens, token.id(), token);
            store.put(byHash, token.tokenHash(), token.id());
            return null;
        });
    }

    @Override
    public Optional<RefreshToken> findByHash(String tokenHash) {
        return store.atomically(() -> Optional.ofNullable(byHash.get(tokenHash)).map(tokens::get));
    }

    @Override
    public boolean markUsed(UUID tokenId, Instant at) {
        return store.atomically(() -> {
            RefreshToken token = tokens.get(tokenId);
            if (token == null || token.isUsed() || token.isRevoked()) {
                return false;
            }
            store.put(tokens, tokenId, new RefreshToken(token.id(), token.familyId(), token.userId(),
                    token.tokenHash(), token.issuedAt(), token.expiresAt(), at, token.revokedAt()));
            return true;
        });
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        revokeWhere(token -> token.familyId().equals(familyId), at);
    }

    @Override
    public void revokeAllOf(UserId userId, Instant at) {
        revokeWhere(token -> token.userId().equals(userId), at);
    }

    private void revokeWhere(Predicate<RefreshToken> selected, Instant at) {
        store.atomically(() -> {
            List<RefreshToken> revocable = tokens.values().stream()
                    .filter(selected)
                    .filter(token -> !token.isRevoked())
                    .toList();
            for (RefreshToken token : revocable) {
                store.put(tokens, token.id(), new RefreshToken(token.id(), token.familyId(), token.userId(),
                        token.tokenHash(), token.issuedAt(), token.expiresAt(), token.usedAt(), at));
            }
            return null;
        });
    }
}
