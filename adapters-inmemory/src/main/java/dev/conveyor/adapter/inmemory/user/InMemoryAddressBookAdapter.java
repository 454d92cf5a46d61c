package dev.conveyor.adapter.inmemory.user;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.accounts.port.in.SavedAddress;
import dev.conveyor.application.accounts.port.out.AddressBookPort;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryAddressBookAdapter implements AddressBookPort {

    private static final Comparator<SavedAddress> DEFAULT_FIRST = Comparator.comparing((SavedAddress a) -> !a.isDefault())
            .thenComparing(SavedAddress::createdAt).thenComparing(SavedAddress::id);

    private final MemoryStore store;
    private final Map<UUID, Owned> addresses = new HashMap<>();

    public InMemoryAddressBookAdapter(MemoryStore store) {
        this.store = store;
    }

    /** A transaction of the store already holds its store-wide lock. */
    @Override
    public void lock(UserId owner) {
    }

    @Override
    public List<SavedAddress> findByOwner(UserId owner) {
        return store.atomically(() -> addresses.values().stream().filter(o -> o.owner().equals(owner))
                .map(Owned::address).sorted(DEFAULT_FIRST).toList());
    }

    @Override
    public void insert(UserId owner, SavedAddress address) {
        store.atomically(() -> {
            store.put(addresses, address.id(), new Owned(owner, address));
            return null;
        });
    }

    @Override
    public boolean update(UserId owner, SavedAddress address) {
        return store.atomically(() -> {
            Owned owned = addresses.get(address.id());
            if (owned == null || !owned.owner().equals(owner)) {
                return false;
            }
            store.put(addresses, address.id(), new Owned(owner, address));
            return true;
        });
    }

    @Override
    public boolean delete(UserId owner, UUID id) {
        return store.atomically(() -> {
            Owned owned = addresses.get(id);
            if (owned == null || !owned.owner().equals(owner)) {
                return false;
            }
            store.remove(addresses, id);
            return true;
        });
    }

    @Override
    public void makeDefault(UserId owner, UUID id) {
        store.atomically(() -> {
            List.copyOf(addresses.values()).stream().filter(o -> o.owner().equals(owner)).forEach(o -> store.put(
                    addresses, o.address().id(), new Owned(owner, o.address().withDefault(o.address().id().equals(id)))));
            return null;
        });
    }

    @Override
    public void deleteAllOf(UserId owner) {
        store.atomically(() -> {
            List.copyOf(addresses.values()).stream().filter(o -> o.owner().equals(owner))
                    .forEach(o -> store.remove(addresses, o.address().id()));
            return null;
        });
    }

    private record Owned(UserId owner, SavedAddress address) {
    }
}
