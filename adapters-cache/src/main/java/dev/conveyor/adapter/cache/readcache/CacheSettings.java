package dev.conveyor.adapter.cache.readcache;

import dev.conveyor.application.shared.port.out.CacheSpace;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;

/**
 * How long entries live, per cache space ({@code conveyor.read-cache.ttl.<space>}),
 * and how many entries the in-process cache keeps per space. Invalidation keeps
 * entries fresh; the time to live only bounds how long an entry outlives a
 * change whose invalidation was lost (a crash right after a commit).
 */
@Singleton
final class CacheSettings {

    private final Map<CacheSpace<?>, Duration> ttls;
    private final long localMaxEntries;

    CacheSettings(@Value("${conveyor.read-cache.ttl.orders:10m}") Duration orders,
                         @Value("${conveyor.read-cache.ttl.products:10m}") Duration products,
                         @Value("${conveyor.read-cache.ttl.catalogue:1m}") Duration catalogue,
                         @Value("${conveyor.read-cache.ttl.dashboard:5m}") Duration dashboard,
                         @Value("${conveyor.read-cache.ttl.deliveries-today:5m}") Duration deliveriesToday,
                         @Value("${conveyor.read-cache.max-entries:20000}") long localMaxEntries) {
        this.ttls = Map.of(CacheSpace.ORDERS, positive("orders", orders),
                // a balance lives as long as its order: it is only ever read next to it
                CacheSpace.ORDER_BALANCES, orders,
                CacheSpace.PRODUCTS, positive("products", products),
                CacheSpace.CATALOGUE, positive("catalogue", catalogue),
                CacheSpace.DASHBOARD, positive("dashboard", dashboard),
                CacheSpace.DELIVERIES_TODAY, positive("deliveries-today", deliveriesToday));
        this.localMaxEntries = localMaxEntries;
    }

    Duration ttl(CacheSpace<?> space) {
        return ttls.get(space);
    }

    long localMaxEntries() {
        return localMaxEntries;
    }

    private static Duration positive(String space, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("conveyor.read-cache.ttl." + space + " must be positive, not " + ttl);
        }
        return ttl;
    }
}
