package dev.conveyor.adapter.inmemory.user;

import static dev.conveyor.adapter.inmemory.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.inmemory.Fixtures;
import dev.conveyor.domain.user.RefreshToken;
import dev.conveyor.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryRefreshTokenAdapterTest {

    private static final Duration LIFETIME = Duration.ofDays(7);

    private final InMemoryRefreshTokenAdapter tokens = Fixtures.Adapters.create().refreshTokens();

    @Test
    void findsByHash() {
        RefreshToken token = RefreshToken.startFamily(UserId.newId(), "hash-1", T0, LIFETIME);
        tokens.insert(token);

        assertEquals(token, tokens.findByHash("hash-1").orElseThrow());
        assertTrue(tokens.findByHash("hash-2").isEmpty());
        assertThrows(IllegalStateException.class, () -> tokens.insert(token));
    }

    @Test
    void aTokenIsMarkedUsedOnlyOnce() {
        RefreshToken token = RefreshToken.startFamily(UserId.newId(), "hash-1", T0, LIFETIME);
        tokens.insert(token);
        Instant at = T0.plusSeconds(5);

        assertTrue(tokens.markUsed(token.id(), at));
        assertFalse(tokens.markUsed(token.id(), at.plusSeconds(1)));
        assertEquals(at, tokens.findByHash("hash-1").orElseThrow().usedAt());
        assertFalse(tokens.markUsed(UUID.randomUUID(), at));
    }

    @Test
    void aRevokedTokenCannotBeUsed() {
        RefreshToken token = RefreshToken.startFamily(UserId.newId(), "hash-1", T0, LIFETIME);
        tokens.insert(token);
        tokens.revokeFamily(token.familyId(), T0.plusSeconds(1));

        assertFalse(tokens.markUsed(token.id(), T0.plusSeconds(2)));
    }

    @Test
    void revokeFamilyRevokesEveryLinkOfThatFamilyOnlyAndKeepsEarlierRevocationTimes() {
        UserId user = UserId.newId();
        RefreshToken first = RefreshToken.startFamily(user, "hash-1", T0, LIFETIME);
        RefreshToken second = first.next("hash-2", T0.plusSeconds(10), LIFETIME);
        RefreshToken otherFamily = RefreshToken.startFamily(user, "hash-3", T0, LIFETIME);
        tokens.insert(first);
        tokens.insert(second);
        tokens.insert(otherFamily);
        tokens.revokeFamily(first.familyId(), T0.plusSeconds(20));

        tokens.revokeFamily(first.familyId(), T0.plusSeconds(30));

        assertEquals(T0.plusSeconds(20), tokens.findByHash("hash-1").orElseThrow().revokedAt());
        assertEquals(T0.plusSeconds(20), tokens.findByHash("hash-2").orElseThrow().revokedAt());
        assertNull(tokens.findByHash("hash-3").orElseThrow().revokedAt());
    }

    @Test
    void revokeAllOfRevokesEveryTokenOfTheUserOnly() {
        UserId user = UserId.newId();
        tokens.insert(RefreshToken.startFamily(user, "hash-1", T0, LIFETIME));
        tokens.insert(RefreshToken.startFamily(user, "hash-2", T0, LIFETIME));
        tokens.insert(RefreshToken.startFamily(UserId.newId(), "hash-3", T0, LIFETIME));

        tokens.revokeAllOf(user, T0.plusSeconds(1));

        assertTrue(tokens.findByHash("hash-1").orElseThrow().isRevoked());
        assertTrue(tokens.findByHash("hash-2").orElseThrow().isRevoked());
        assertFalse(tokens.findByHash("hash-3").orElseThrow().isRevoked());
    }
}
