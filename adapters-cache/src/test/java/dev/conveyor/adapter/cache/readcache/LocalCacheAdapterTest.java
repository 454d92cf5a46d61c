package dev.conveyor.adapter.cache.readcache;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.cache.readcache.CacheSettings;
import dev.conveyor.adapter.cache.readcache.LocalCacheAdapter;
import dev.conveyor.application.shared.port.out.CachePort.Lookup;
import dev.conveyor.application.shared.port.out.CachePort;
import dev.conveyor.application.shared.port.out.CacheSpace;
import dev.conveyor.domain.catalog.Product;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalCacheAdapterTest extends CachePortContract {

    private final LocalCacheAdapter cache = new LocalCacheAdapter(settings(Duration.ofMinutes(10), 1_000));

    @Override
    boolean holdsEntriesInProcess() {
        return true;
    }

    @Override
    CachePort cache() {
        return cache;
    }

    @Override
    CachePort cacheWithShortLivedEntries() {
        return new LocalCacheAdapter(settings(SHORT_TTL, 1_000));
    }

    @Test
    void theCacheHoldsAtMostTheConfiguredNumberOfEntriesPerSpace() {
        LocalCacheAdapter small = new LocalCacheAdapter(settings(Duration.ofMinutes(10), 50));
        for (int i = 0; i < 500; i++) {
            Product product = CacheFixtures.product("Product " + i);
            Lookup<Product> lookup = small.lookup(CacheSpace.PRODUCTS, List.of(key(product)));
            small.fill(lookup, Map.of(key(product), product));
        }

        assertTrue(small.size(CacheSpace.PRODUCTS) <= 50, "entries " + small.size(CacheSpace.PRODUCTS));
    }

    private static CacheSettings settings(Duration ttl, long maxEntries) {
        return new CacheSettings(ttl, ttl, ttl, ttl, ttl, maxEntries);
    }
}
