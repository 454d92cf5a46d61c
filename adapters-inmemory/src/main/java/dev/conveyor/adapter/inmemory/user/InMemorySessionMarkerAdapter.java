package dev.conveyor.adapter.inmemory.user;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.accounts.port.out.SessionMarkerPort;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemorySessionMarkerAdapter implements SessionMarkerPort {

    private final MemoryStore store;
    private final InMemoryUserRepositoryAdapter users;
    private final Map<UserId, Long> markers = new HashMap<>();

    public InMemorySessionMarkerAdapter(MemoryStore store, InMemoryUserRepositoryAdapter users) {
        this.store = store;
        this.users = users;
    }

    @Override
    public OptionalLong current(UserId user) {
        return store.atomically(() -> users.isActive(user)
                ? OptionalLong.of(markers.getOrDefault(user, 0L)) : OptionalLong.empty());
    }

    @Override
    public void advance(UserId user) {
        store.atomically(() -> {
            store.put(markers, user, markers.getOrDefault(user, 0L) + 1);
            return null;
        });
    }
}
