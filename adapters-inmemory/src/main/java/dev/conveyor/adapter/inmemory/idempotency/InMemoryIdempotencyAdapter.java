package dev.conveyor.adapter.inmemory.idempotency;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.shared.port.out.IdempotencyPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryIdempotencyAdapter implements IdempotencyPort {

    private final MemoryStore store;
    private final Map<ScopedKey, IdempotencyRecord> records = new HashMap<>();

    public InMemoryIdempotencyAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<IdempotencyRecord> find(String scope, String key, Instant now) {
        return store.atomically(() -> Optional.ofNullable(records.get(new ScopedKey(scope, key)))
                .filter(record -> record.expiresAt().isAfter(now)));
    }

    /** An expired record is replaced: its key is free again, measured at the new record's creation. */
    @Override
    public boolean claim(IdempotencyRecord record) {
        ScopedKey key = new ScopedKey(record.scope(), record.key());
        return store.atomically(() -> {
            IdempotencyRecord existing = records.get(key);
            if (existing != null && existing.expiresAt().isAfter(record.createdAt())) {
                return false;
            }
            store.put(records, key, record);
            return true;
        });
    }

    private record ScopedKey(String scope, String key) {
    }
}
