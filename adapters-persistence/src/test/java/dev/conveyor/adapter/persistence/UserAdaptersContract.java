package dev.conveyor.adapter.persistence;

import static dev.conveyor.adapter.persistence.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.accounts.port.out.RefreshTokenPort;
import dev.conveyor.application.accounts.port.out.SessionMarkerPort;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.user.Email;
import dev.conveyor.domain.user.Profile;
import dev.conveyor.domain.user.RefreshToken;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

abstract class UserAdaptersContract {

    @Inject
    UserRepositoryPort users;
    @Inject
    RefreshTokenPort tokens;
    @Inject
    Fixtures fixtures;
    @Inject
    SessionMarkerPort markers;

    @Test
    void theSessionMarkerStartsAtZeroOutlivesWritesOfTheUserAndIsGoneWithTheAccount() {
        User user = fixtures.user(Role.CUSTOMER);
        assertEquals(OptionalLong.of(0), markers.current(user.id()));

        markers.advance(user.id());
        markers.advance(user.id());
        User loaded = users.findById(user.id()).orElseThrow();
        loaded.updateProfile(new Profile("Renamed", null, null), NOW.plusSeconds(1));
        users.update(loaded);
        assertEquals(OptionalLong.of(2), markers.current(user.id()), "writing the user keeps the marker");

        User deleted = users.findById(user.id()).orElseThrow();
        deleted.delete(NOW.plusSeconds(2));
        users.update(deleted);
        assertEquals(OptionalLong.empty(), markers.current(user.id()));
        assertEquals(OptionalLong.empty(), markers.current(UserId.newId()));
    }

    @Test
    void aUserRoundTripsWithProfileAndAddress() {
        Address address = Address.of("address", "Grace Hopper", "2 Compiler Road", "Floor 3", "Arlington", "VA",
                "22201", "us");
        User user = User.signUp(new Email(Fixtures.unique("grace-") + "@example.com"), "$argon2id$secret",
                new Profile("Grace Hopper", "+1 555 0100", address), NOW);

        assertTrue(users.insert(user));

        User found = users.findById(user.id()).orElseThrow();
        assertSameUser(user, found);
        assertEquals(address, found.profile().address());
        assertSameUser(user, users.findByEmail(user.email()).orElseThrow());
    }

    @Test
    void aUserWithoutAddressRoundTrips() {
        User user = fixtures.user(Role.SELLER);

        User found = users.findById(user.id()).orElseThrow();

        assertSameUser(user, found);
        assertNull(found.profile().address());
    }

    @Test
    void aTakenEmailIsRefusedWithoutWriting() {
        User first = fixtures.user(Role.CUSTOMER);
        User second = User.signUp(first.email(), "$other", Profile.EMPTY, NOW);

        assertFalse(users.insert(second));

        assertTrue(users.findById(second.id()).isEmpty());
        assertEquals(first.id(), users.findByEmail(first.email()).orElseThrow().id());
    }

    @Test
    void unknownUsersAreNotFound() {
        assertTrue(users.findById(UserId.newId()).isEmpty());
        assertTrue(users.findByEmail(new Email("nobody@example.com")).isEmpty());
    }

    @Test
    void anUpdateWritesTheChangesAndMovesTheVersionOn() {
        User user = fixtures.user(Role.CUSTOMER);
        Instant later = NOW.plusSeconds(30);
        user.changeRole(Role.SELLER, later);
        user.updateProfile(new Profile("Shop Keeper", null, null), later);

        users.update(user);

        User found = users.findById(user.id()).orElseThrow();
        assertEquals(Role.SELLER, found.role());
        assertEquals("Shop Keeper", found.profile().name());
        assertEquals(later, found.updatedAt());
        assertEquals(1, found.version());
    }

    @Test
    void anUpdateOfAStaleVersionIsRefused() {
        User user = fixtures.user(Role.CUSTOMER);
        User first = users.findById(user.id()).orElseThrow();
        User second = users.findById(user.id()).orElseThrow();
        first.changeRole(Role.STAFF, NOW.plusSeconds(1));
        users.update(first);

        second.changeRole(Role.ADMIN, NOW.plusSeconds(2));
        assertThrows(ConcurrentModificationException.class, () -> users.update(second));

        assertEquals(Role.STAFF, users.findById(user.id()).orElseThrow().role());
    }

    @Test
    void theUserListShowsActiveAccountsNewestFirstFilteredByRoleAndText() {
        String marker = Fixtures.unique("list");
        User oldest = fixtures.user(Role.CUSTOMER, marker + "-a@example.com", NOW.minusSeconds(30));
        User seller = fixtures.user(Role.SELLER, marker + "-b@example.com", NOW.minusSeconds(20));
        User newest = fixtures.user(Role.CUSTOMER, marker + "-c@example.com", NOW.minusSeconds(10));
        User deleted = fixtures.user(Role.CUSTOMER, marker + "-d@example.com", NOW);
        User named = users.findById(fixtures.user(Role.STAFF).id()).orElseThrow();
        named.updateProfile(new Profile("Zed " + marker.toUpperCase() + " Example", null, null), NOW);
        users.update(named);
        deleted.delete(NOW.plusSeconds(1));
        users.update(deleted);

        Page<User> all = users.list(null, marker, new PageRequest(0, 10));
        assertEquals(List.of(named.id(), newest.id(), seller.id(), oldest.id()), ids(all));
        assertEquals(4, all.total());

        assertEquals(List.of(newest.id(), oldest.id()), ids(users.list(Role.CUSTOMER, marker, new PageRequest(0, 10))));
        assertEquals(List.of(named.id()), ids(users.list(null, "zed " + marker, new PageRequest(0, 10))));
        assertEquals(List.of(seller.id()), ids(users.list(null, marker + "-B@", new PageRequest(0, 10))));

        Page<User> second = users.list(null, marker, new PageRequest(1, 3));
        assertEquals(List.of(oldest.id()), ids(second));
        assertEquals(4, second.total());
        assertEquals(1, second.page());
    }

    @Test
    void likeWildcardsInTheSearchTextMatchLiterally() {
        String marker = Fixtures.unique("wild");
        User plain = fixtures.user(Role.CUSTOMER, marker + "-x@example.com", NOW);

        assertEquals(List.of(plain.id()), ids(users.list(null, marker + "-x", new PageRequest(0, 10))));
        assertTrue(users.list(null, marker + "_x", new PageRequest(0, 10)).items().isEmpty());
        assertTrue(users.list(null, marker + "%", new PageRequest(0, 10)).items().isEmpty());
    }

    @Test
    void aRefreshTokenRoundTripsAndIsUsedOnlyOnce() {
        User user = fixtures.user(Role.CUSTOMER);
        RefreshToken token = RefreshToken.startFamily(user.id(), Fixtures.unique("hash-"), NOW, Duration.ofDays(7));
        tokens.insert(token);

        assertEquals(token, tokens.findByHash(token.tokenHash()).orElseThrow());
        assertTrue(tokens.markUsed(token.id(), NOW.plusSeconds(5)));
        assertFalse(tokens.markUsed(token.id(), NOW.plusSeconds(6)), "a used token cannot be used again");
        assertEquals(NOW.plusSeconds(5), tokens.findByHash(token.tokenHash()).orElseThrow().usedAt());
        assertTrue(tokens.findByHash("unknown").isEmpty());
    }

    @Test
    void revokingAFamilyRevokesEveryLinkOfItAndNothingElse() {
        User user = fixtures.user(Role.CUSTOMER);
        RefreshToken first = RefreshToken.startFamily(user.id(), Fixtures.unique("h1-"), NOW, Duration.ofDays(7));
        RefreshToken next = first.next(Fixtures.unique("h2-"), NOW.plusSeconds(60), Duration.ofDays(7));
        RefreshToken otherFamily = RefreshToken.startFamily(user.id(), Fixtures.unique("h3-"), NOW,
                Duration.ofDays(7));
        tokens.insert(first);
        tokens.insert(next);
        tokens.insert(otherFamily);

        tokens.revokeFamily(first.familyId(), NOW.plusSeconds(120));

        assertEquals(NOW.plusSeconds(120), tokens.findByHash(first.tokenHash()).orElseThrow().revokedAt());
        assertEquals(NOW.plusSeconds(120), tokens.findByHash(next.tokenHash()).orElseThrow().revokedAt());
        assertFalse(tokens.findByHash(otherFamily.tokenHash()).orElseThrow().isRevoked());
        assertFalse(tokens.markUsed(next.id(), NOW.plusSeconds(130)), "a revoked token cannot be used");
    }

    @Test
    void revokingAllOfAUserLeavesOtherUsersAlone() {
        User user = fixtures.user(Role.CUSTOMER);
        User other = fixtures.user(Role.CUSTOMER);
        RefreshToken mine = RefreshToken.startFamily(user.id(), Fixtures.unique("m-"), NOW, Duration.ofDays(7));
        RefreshToken theirs = RefreshToken.startFamily(other.id(), Fixtures.unique("t-"), NOW, Duration.ofDays(7));
        tokens.insert(mine);
        tokens.insert(theirs);

        tokens.revokeAllOf(user.id(), NOW.plusSeconds(1));

        assertTrue(tokens.findByHash(mine.tokenHash()).orElseThrow().isRevoked());
        assertFalse(tokens.findByHash(theirs.tokenHash()).orElseThrow().isRevoked());
    }

    private static List<UserId> ids(Page<User> page) {
        return page.items().stream().map(User::id).toList();
    }

    private static void assertSameUser(User expected, User actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.email(), actual.email());
        assertEquals(expected.passwordHash(), actual.passwordHash());
        assertEquals(expected.role(), actual.role());
        assertEquals(expected.profile(), actual.profile());
        assertEquals(expected.createdAt(), actual.createdAt());
        assertEquals(expected.updatedAt(), actual.updatedAt());
        assertEquals(expected.deletedAt(), actual.deletedAt());
        assertEquals(expected.version(), actual.version());
    }
}
