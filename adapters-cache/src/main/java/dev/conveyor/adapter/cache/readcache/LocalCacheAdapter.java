package dev.conveyor.adapter.cache.readcache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.conveyor.application.shared.port.out.CacheInvalidation;
import dev.conveyor.application.shared.port.out.CachePort;
import dev.conveyor.application.shared.port.out.CacheSpace;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The cache of this process: per space a bounded Caffeine cache whose entries
 * expire after the space's time to live. Right for one instance only: another
 * instance's changes never reach it, so several instances use Redis.
 *
 * <p>A fill must not put back a value whose key was invalidated after the
 * lookup: the {@linkplain Stripes stripe} markers are counters here. Spaces
 * invalidated as a whole keep a generation instead, part of every key: after a
 * bump nobody reads the old keys.
 */
@Singleton
@Requires(property = "conveyor.cache", value = "local", defaultValue = "local")
public final class LocalCacheAdapter implements CachePort {

    private final Map<CacheSpace<?>, Space> spaces = new HashMap<>();

    public LocalCacheAdapter(CacheSettings settings) {
        for (CacheSpace<?> space : CacheSpace.all()) {
            spaces.put(space, new Space(Caffeine.newBuilder()
                    .maximumSize(settings.localMaxEntries())
                    .expireAfterWrite(settings.ttl(space))
                    .build()));
        }
    }

    @Override
    public <T> Lookup<T> lookup(CacheSpace<T> cacheSpace, Collection<String> ids) {
        Space space = spaces.get(cacheSpace);
        long generation = space.generation.get();
        Map<String, T> hits = new HashMap<>();
        Map<String, Long> stripes = new HashMap<>();
        for (String id : ids) {
            stripes.put(id, space.stripes.get(Stripes.of(id)));
            Object held = space.entries.getIfPresent(space.key(cacheSpace, generation, id));
            if (held != null) {
                hits.put(id, CachedDocuments.fromHeld(cacheSpace, held));
            }
        }
        return new LocalLookup<>(cacheSpace, hits, stripes, generation);
    }

    /** Always answerable here: the entries are in this process. */
    @Override
    public <T> Optional<T> heldInProcess(CacheSpace<T> cacheSpace, String id) {
        Space space = spaces.get(cacheSpace);
        Object held = space.entries.getIfPresent(space.key(cacheSpace, space.generation.get(), id));
        return held == null ? Optional.empty() : Optional.of(CachedDocuments.fromHeld(cacheSpace, held));
    }

    @Override
    public <T> void fill(Lookup<T> lookup, Map<String, T> loaded) {
        LocalLookup<T> mine = (LocalLookup<T>) lookup;
        Space space = spaces.get(mine.space());
        loaded.forEach((id, value) -> {
            Long stripeSeen = mine.stripes().get(id);
            if (stripeSeen == null || mine.hits().containsKey(id)) {
                return;
            }
            String key = space.key(mine.space(), mine.generation(), id);
            Object held = CachedDocuments.toHeld(mine.space(), value);
            // compute is atomic per key, and an invalidation bumps the stripe before it removes the key,
            // so a fill that still sees the old counter here happened before that removal
            space.entries.asMap().compute(key, (k, current) ->
                    space.stripes.get(Stripes.of(id)) == stripeSeen ? held : current);
        });
    }

    @Override
    public void invalidate(CacheInvalidation invalidation) {
        invalidation.entries().forEach((cacheSpace, ids) -> {
            Space space = spaces.get(cacheSpace);
            for (String id : ids) {
                // the marker first: a fill that checks it after this line stores nothing
                space.stripes.incrementAndGet(Stripes.of(id));
                space.entries.invalidate(id);
            }
        });
        for (CacheSpace<?> cacheSpace : invalidation.wholeSpaces()) {
            spaces.get(cacheSpace).generation.incrementAndGet();
        }
    }

    /** Entries held once pending evictions ran; for tests. */
    long size(CacheSpace<?> space) {
        Cache<String, Object> entries = spaces.get(space).entries;
        entries.cleanUp();
        return entries.estimatedSize();
    }

    private record Space(Cache<String, Object> entries, AtomicLongArray stripes, AtomicLong generation) {

        Space(Cache<String, Object> entries) {
            this(entries, new AtomicLongArray(Stripes.COUNT), new AtomicLong());
        }

        String key(CacheSpace<?> space, long generation, String id) {
            return space.invalidatedAsAWhole() ? generation + ":" + id : id;
        }
    }

    private record LocalLookup<T>(CacheSpace<T> space, Map<String, T> hits, Map<String, Long> stripes,
                                  long generation) implements Lookup<T> {
    }
}
