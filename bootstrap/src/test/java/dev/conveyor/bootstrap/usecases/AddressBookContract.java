package dev.conveyor.bootstrap.usecases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.accounts.port.in.AddMyAddressUseCase;
import dev.conveyor.application.accounts.port.in.AddressCommand;
import dev.conveyor.application.accounts.port.in.DeleteMyAccountUseCase;
import dev.conveyor.application.accounts.port.in.DeleteMyAddressUseCase;
import dev.conveyor.application.accounts.port.in.ListMyAddressesQuery;
import dev.conveyor.application.accounts.port.in.SavedAddress;
import dev.conveyor.application.accounts.port.in.UpdateMyAddressUseCase;
import dev.conveyor.application.accounts.port.out.AddressBookPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.bootstrap.support.TestClock;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.NotFoundException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Address books; each subclass runs it on one persistence adapter. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AddressBookContract {

    @Inject Shop shop;
    @Inject TestClock clock;
    @Inject ListMyAddressesQuery list;
    @Inject AddMyAddressUseCase add;
    @Inject UpdateMyAddressUseCase update;
    @Inject DeleteMyAddressUseCase delete;
    @Inject DeleteMyAccountUseCase deleteAccount;
    @Inject AddressBookPort book;

    private static Address in(String city) {
        return Address.of("address", "Ada Lovelace", "1 Main Street", null, city, null, "1010", "AT");
    }

    private SavedAddress added(Actor user, String city, boolean makeDefault) {
        SavedAddress saved = add.add(user, new AddressCommand(in(city), makeDefault), null).address();
        clock.advance(Duration.ofSeconds(1));
        return saved;
    }

    private List<String> cities(Actor user) {
        return list.list(user).stream().map(a -> a.address().city() + (a.isDefault() ? "*" : "")).toList();
    }

    @Test
    void theFirstAddressIsTheDefaultUntilAnotherIsMadeSoAndTheBookAlwaysHasExactlyOne() {
        Actor user = shop.customer();
        added(user, "Wien", false);
        SavedAddress graz = added(user, "Graz", false);
        added(user, "Linz", false);
        assertEquals(List.of("Wien*", "Graz", "Linz"), cities(user), "the default first, then oldest first");

        added(user, "Salzburg", true);
        assertEquals(List.of("Salzburg*", "Wien", "Graz", "Linz"), cities(user));

        update.update(user, graz.id(), new AddressCommand(in("Graz-Puntigam"), true));
        assertEquals(List.of("Graz-Puntigam*", "Wien", "Linz", "Salzburg"), cities(user));

        // false does not take the default away: the book keeps one
        update.update(user, graz.id(), new AddressCommand(in("Graz"), false));
        assertEquals(List.of("Graz*", "Wien", "Linz", "Salzburg"), cities(user));

        delete.delete(user, graz.id());
        assertEquals(List.of("Wien*", "Linz", "Salzburg"), cities(user), "the oldest remaining takes over");
    }

    @Test
    void anotherUsersAddressIsNotFoundAndStaysAsItWas() {
        Actor owner = shop.customer();
        Actor other = shop.customer();
        SavedAddress mine = added(owner, "Wien", false);

        for (Runnable attempt : List.<Runnable>of(
                () -> update.update(other, mine.id(), new AddressCommand(in("Graz"), true)),
                () -> delete.delete(other, mine.id()),
                () -> delete.delete(owner, UUID.randomUUID()))) {
            assertEquals("ADDRESS_NOT_FOUND", assertThrows(NotFoundException.class, attempt::run).code());
        }
        assertEquals(List.of("Wien*"), cities(owner));
        assertEquals(List.of(), cities(other));
    }

    @Test
    void aBookHoldsTwentyAddressesAndARetriedRequestAddsOnce() {
        Actor user = shop.customer();
        IdempotencyKey key = IdempotencyKey.ofNullable("address-" + UUID.randomUUID());
        SavedAddress first = add.add(user, new AddressCommand(in("Wien"), false), key).address();
        assertEquals(first.id(), add.add(user, new AddressCommand(in("Wien"), false), key).address().id());
        assertEquals(1, list.list(user).size());

        for (int i = 1; i < SavedAddress.MAX_PER_USER; i++) {
            added(user, "Town " + i, false);
        }
        assertEquals("TOO_MANY_ADDRESSES", assertThrows(ConflictException.class,
                () -> added(user, "One too many", false)).code());
    }

    @Test
    void deletingTheAccountErasesItsAddresses() {
        Actor user = shop.customer();
        added(user, "Wien", false);
        deleteAccount.delete(user);
        assertTrue(book.findByOwner(user.userId()).isEmpty());
    }
}
