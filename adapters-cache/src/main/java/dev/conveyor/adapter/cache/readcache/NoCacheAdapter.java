package dev.conveyor.adapter.cache.readcache;

import dev.conveyor.application.shared.port.out.CacheInvalidation;
import dev.conveyor.application.shared.port.out.CachePort;
import dev.conveyor.application.shared.port.out.CacheSpace;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Map;

/** {@code conveyor.cache=none}: every read goes to the database (to measure, or to rule the cache out). */
@Singleton
@Requires(property = "conveyor.cache", value = "none")
public final class NoCacheAdapter implements CachePort {

    @Override
    public <T> Lookup<T> lookup(CacheSpace<T> space, Collection<String> ids) {
        return new Missed<>(space);
    }

    @Override
    public <T> void fill(Lookup<T> lookup, Map<String, T> loaded) {
        // nothing is kept
    }

    @Override
    public void invalidate(CacheInvalidation invalidation) {
        // nothing is kept
    }

    private record Missed<T>(CacheSpace<T> space) implements Lookup<T> {
        @Override
        public Map<String, T> hits() {
            return Map.of();
        }
    }
}
