package dev.conveyor.adapter.cache.readcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.cache.RedisContexts;
import dev.conveyor.adapter.cache.readcache.RedisCacheAdapter;
import dev.conveyor.application.shared.port.out.CachePort.Lookup;
import dev.conveyor.application.shared.port.out.CachePort;
import dev.conveyor.application.shared.port.out.CacheSpace;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.testsupport.TestRedis;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisCacheAdapterTest extends CachePortContract {

    private final String prefix = TestRedis.uniquePrefix();
    private final List<ApplicationContext> contexts = new ArrayList<>();
    private final ApplicationContext context = started(RedisContexts.start(TestRedis.uri(), prefix));
    private final CachePort cache = context.getBean(CachePort.class);

    @AfterEach
    void close() {
        contexts.forEach(ApplicationContext::close);
    }

    @Override
    boolean holdsEntriesInProcess() {
        return false;
    }

    @Override
    CachePort cache() {
        return cache;
    }

    @Override
    CachePort cacheWithShortLivedEntries() {
        return started(RedisContexts.start(TestRedis.uri(), TestRedis.uniquePrefix(),
                Map.of("conveyor.read-cache.ttl.orders", SHORT_TTL.toMillis() + "ms"))).getBean(CachePort.class);
    }

    @Test
    void anEntryIsAJsonDocumentUnderThePrefixExpiringWithItsSpacesTimeToLive() {
        assertInstanceOf(RedisCacheAdapter.class, cache);
        Order order = CacheFixtures.order();
        store(order);

        String key = prefix + "cache:v1:0:orders:" + key(order);
        String json = redis().get(key);
        assertTrue(json.contains("\"number\":\"" + order.number().value() + "\""), json);
        long ttl = redis().pttl(key);
        assertTrue(ttl > 9 * 60_000 && ttl <= 10 * 60_000, "pttl " + ttl);
    }

    @Test
    void aDocumentThisVersionCannotReadCountsAsAMissAndIsReplacedByTheNextFill() {
        Order order = CacheFixtures.order();
        String key = prefix + "cache:v1:0:orders:" + key(order);
        redis().set(key, "{\"written by\":\"another version\"}");

        Lookup<Order> lookup = cache.lookup(CacheSpace.ORDERS, List.of(key(order)));
        assertTrue(lookup.hits().isEmpty());
        cache.fill(lookup, Map.of(key(order), order));

        assertEquals(1, cache.lookup(CacheSpace.ORDERS, List.of(key(order))).hits().size());
    }

    @Test
    void instancesShareTheCacheAndOneInstancesInvalidationReachesTheOther() {
        CachePort other = started(RedisContexts.start(TestRedis.uri(), prefix)).getBean(CachePort.class);
        Order order = CacheFixtures.order();
        store(order);
        assertEquals(1, other.lookup(CacheSpace.ORDERS, List.of(key(order))).hits().size());

        other.invalidate(orders(key(order)));

        assertTrue(cache.lookup(CacheSpace.ORDERS, List.of(key(order))).hits().isEmpty());
    }

    @Test
    void aPeekOfAnUnchangedDocumentReusesItsDecodedPartsYetEveryReaderGetsAnOrderOfItsOwn() {
        Order order = CacheFixtures.order();
        store(order);
        Order first = peek(cache, key(order)).value().orElseThrow();
        first.cancelByCustomer(first.customerId(), "one reader's copy", CacheFixtures.NOW.plusSeconds(1));

        Order second = peek(cache, key(order)).value().orElseThrow();
        Order third = peek(cache, key(order)).value().orElseThrow();

        assertNotSame(second, third);
        assertSame(second.lines(), third.lines(), "not decoded again");
        assertSame(second.price(), third.price(), "not decoded again");
        assertEquals(OrderStatus.PENDING, third.status());
        assertEquals(List.of(0, 0), third.lines().stream().map(OrderLine::cancelled).toList());
    }

    @Test
    void aDocumentChangedOrDroppedStraightInRedisIsSeenAtTheNextPeek() {
        Order order = CacheFixtures.order();
        store(order);
        String key = prefix + "cache:v1:0:orders:" + key(order);
        Order decoded = peek(cache, key(order)).value().orElseThrow();
        assertEquals("ring twice", decoded.notes());

        redis().set(key, redis().get(key).replace("ring twice", "leave it next door"));
        Order changed = peek(cache, key(order)).value().orElseThrow();
        assertEquals("leave it next door", changed.notes());
        assertNotSame(decoded.lines(), changed.lines());

        redis().del(key);
        assertEquals(Optional.empty(), peek(cache, key(order)).value());
    }

    @Test
    void anOrderAnotherInstanceChangedIsSeenAtTheNextPeek() {
        CachePort other = started(RedisContexts.start(TestRedis.uri(), prefix)).getBean(CachePort.class);
        Order order = CacheFixtures.order();
        store(order);
        assertEquals(OrderStatus.PENDING, peek(cache, key(order)).value().orElseThrow().status());

        order.cancelByCustomer(order.customerId(), "changed my mind", CacheFixtures.NOW.plusSeconds(1));
        other.invalidate(orders(key(order)));
        Lookup<Order> lookup = other.lookup(CacheSpace.ORDERS, List.of(key(order)));
        other.fill(lookup, Map.of(key(order), order));

        assertEquals(OrderStatus.CANCELLED, peek(cache, key(order)).value().orElseThrow().status());
    }

    @SuppressWarnings("unchecked")
    private RedisCommands<String, String> redis() {
        return ((StatefulRedisConnection<String, String>) context.getBean(StatefulRedisConnection.class)).sync();
    }

    private ApplicationContext started(ApplicationContext started) {
        contexts.add(started);
        return started;
    }
}
