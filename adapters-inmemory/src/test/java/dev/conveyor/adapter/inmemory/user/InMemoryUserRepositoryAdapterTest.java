package dev.conveyor.adapter.inmemory.user;

import static dev.conveyor.adapter.inmemory.Fixtures.T0;
import static dev.conveyor.adapter.inmemory.Fixtures.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.inmemory.Fixtures;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.user.Email;
import dev.conveyor.domain.user.Profile;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class InMemoryUserRepositoryAdapterTest {

    private final Fixtures.Adapters adapters = Fixtures.Adapters.create();
    private final InMemoryUserRepositoryAdapter users = adapters.users();

    @Test
    void theSessionMarkerStartsAtZeroMovesOnWithTheTransactionAndIsGoneWithTheAccount() {
        InMemorySessionMarkerAdapter markers = new InMemorySessionMarkerAdapter(adapters.store(), users);
        User ada = user("ada@example.com", "Ada", T0);
        users.insert(ada);
        assertEquals(OptionalLong.of(0), markers.current(ada.id()));

        markers.advance(ada.id());
        assertThrows(IllegalStateException.class, () -> adapters.transactions().inTransaction(() -> {
            markers.advance(ada.id());
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(OptionalLong.of(1), markers.current(ada.id()), "a rolled-back advance leaves no trace");

        User loaded = users.findById(ada.id()).orElseThrow();
        loaded.delete(T0.plusSeconds(1));
        users.update(loaded);
        assertEquals(OptionalLong.empty(), markers.current(ada.id()));
        assertEquals(OptionalLong.empty(), markers.current(UserId.newId()));
    }

    @Test
    void insertRefusesATakenEmailWhateverItsCase() {
        assertTrue(users.insert(user("ada@example.com", "Ada", T0)));

        assertFalse(users.insert(user("ADA@Example.com", "Other Ada", T0)));
        assertEquals("Ada", users.findByEmail(new Email("Ada@EXAMPLE.com")).orElseThrow().profile().name());
    }

    @Test
    void everyReadRehydratesAFreshObjectAndMutationsStayLocalUntilUpdate() {
        User ada = user("ada@example.com", "Ada", T0);
        users.insert(ada);
        User loaded = users.findById(ada.id()).orElseThrow();
        assertNotSame(loaded, users.findById(ada.id()).orElseThrow());

        loaded.updateProfile(new Profile("Changed", null, null), T0.plusSeconds(1));
        assertEquals("Ada", users.findById(ada.id()).orElseThrow().profile().name());

        users.update(loaded);
        User updated = users.findById(ada.id()).orElseThrow();
        assertEquals("Changed", updated.profile().name());
        assertEquals(1, updated.version());
    }

    @Test
    void updateWithAStaleVersionIsAConcurrentModification() {
        User ada = user("ada@example.com", "Ada", T0);
        users.insert(ada);
        User first = users.findById(ada.id()).orElseThrow();
        User second = users.findById(ada.id()).orElseThrow();
        first.changeRole(Role.SELLER, T0.plusSeconds(1));
        users.update(first);

        second.changeRole(Role.STAFF, T0.plusSeconds(2));
        assertThrows(ConcurrentModificationException.class, () -> users.update(second));
        assertEquals(Role.SELLER, users.findById(ada.id()).orElseThrow().role());
    }

    @Test
    void deletingAnAccountFreesItsEmailAndHidesItFromTheList() {
        User ada = user("ada@example.com", "Ada", T0);
        users.insert(ada);
        User loaded = users.findById(ada.id()).orElseThrow();
        loaded.delete(T0.plusSeconds(1));
        users.update(loaded);

        assertTrue(users.findByEmail(new Email("ada@example.com")).isEmpty());
        assertTrue(users.findByEmail(loaded.email()).isPresent());
        assertTrue(users.insert(user("ada@example.com", "New Ada", T0.plusSeconds(2))));
        assertEquals(List.of("New Ada"), names(users.list(null, null, PageRequest.of(0, 10))));
    }

    @Test
    void listShowsActiveUsersNewestFirstFilteredByRoleAndTextInEmailOrName() {
        User ada = user("ada@example.com", "Ada Lovelace", T0);
        User bob = user("bob@example.com", "Bob", T0.plusSeconds(1));
        User carol = user("carol@lovelace.org", null, T0.plusSeconds(2));
        users.insert(ada);
        users.insert(bob);
        users.insert(carol);
        User seller = users.findById(bob.id()).orElseThrow();
        seller.changeRole(Role.SELLER, T0.plusSeconds(3));
        users.update(seller);

        assertEquals(List.of("carol@lovelace.org", "bob@example.com", "ada@example.com"),
                emails(users.list(null, null, PageRequest.of(0, 10))));
        assertEquals(List.of("bob@example.com"), emails(users.list(Role.SELLER, null, PageRequest.of(0, 10))));
        assertEquals(List.of("carol@lovelace.org", "ada@example.com"),
                emails(users.list(null, "LOVELACE", PageRequest.of(0, 10))));
        assertEquals(List.of(), emails(users.list(Role.SELLER, "lovelace", PageRequest.of(0, 10))));

        Page<User> second = users.list(null, null, PageRequest.of(1, 2));
        assertEquals(List.of("ada@example.com"), emails(second));
        assertEquals(3, second.total());
    }

    private static List<String> emails(Page<User> page) {
        return page.items().stream().map(u -> u.email().value()).toList();
    }

    private static List<String> names(Page<User> page) {
        return page.items().stream().map(u -> u.profile().name()).toList();
    }
}
