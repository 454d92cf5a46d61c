package dev.conveyor.adapter.cache.readcache;

import static dev.conveyor.adapter.cache.readcache.CachePortContract.key;
import static dev.conveyor.adapter.cache.readcache.CachePortContract.orders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.cache.RedisContexts;
import dev.conveyor.adapter.cache.redis.CircuitBreaker;
import dev.conveyor.adapter.cache.redis.RedisCommandRunner;
import dev.conveyor.application.shared.port.out.CachePort.Lookup;
import dev.conveyor.application.shared.port.out.CachePort.Peek;
import dev.conveyor.application.shared.port.out.CachePort;
import dev.conveyor.application.shared.port.out.CacheSpace;
import dev.conveyor.application.shared.port.out.OrderBalance;
import dev.conveyor.domain.order.Order;
import dev.conveyor.testsupport.RedisServerProcess;
import dev.conveyor.testsupport.TcpProxy;
import dev.conveyor.testsupport.TestRedis;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Redis cache while its private redis-server is gone: every call answers
 * at once as a miss, the circuit opens, and caching resumes after a restart;
 * an invalidation lost in a network partition drops the whole cache once Redis
 * is reachable again.
 */
class RedisCacheOutageTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    private final RedisServerProcess redis = RedisServerProcess.start();
    private ApplicationContext context;
    private TcpProxy proxy;

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        redis.close();
    }

    @Test
    void whileRedisIsDownLookupsMissAtOnceAndCachingResumesAfterItsRestart() {
        context = RedisContexts.start(redis.uri(), TestRedis.uniquePrefix());
        CachePort cache = context.getBean(CachePort.class);
        RedisCommandRunner runner = context.getBean(RedisCommandRunner.class);
        Order order = CacheFixtures.order();
        assertTrue(stored(cache, order));

        redis.stop();

        for (int i = 0; i < 5; i++) {
            assertEquals(Peek.nothing(), within(() -> peek(cache, order)), "a peek misses at once, not failing");
            Lookup<Order> lookup = within(() -> cache.lookup(CacheSpace.ORDERS, List.of(key(order))));
            assertTrue(lookup.hits().isEmpty());
            within(() -> {
                cache.fill(lookup, Map.of(key(order), order));
                cache.invalidate(orders(key(order)));
                return null;
            });
        }
        assertEquals(CircuitBreaker.State.OPEN, runner.circuit());

        redis.restart();

        awaitTrue(() -> stored(cache, order), "caching after the restart");
        assertEquals(CircuitBreaker.State.CLOSED, runner.circuit());
        awaitTrue(() -> peek(cache, order).value().isPresent(), "peeks find it after the restart");
    }

    @Test
    void anInvalidationLostWhileRedisWasUnreachableDropsEveryEntryOnceItAnswersAgain() throws IOException {
        proxy = new TcpProxy(redis.port());
        // no background retry: the next lookup must drop the entries
        context = RedisContexts.start("redis://127.0.0.1:" + proxy.port(), TestRedis.uniquePrefix(),
                Map.of("conveyor.read-cache.lost-invalidation-retry", "1h"));
        CachePort cache = context.getBean(CachePort.class);
        Order changed = CacheFixtures.order();
        Order untouched = CacheFixtures.order();
        assertTrue(stored(cache, changed));
        assertTrue(stored(cache, untouched));

        proxy.cut();
        // the order changed in the database; its invalidation cannot reach Redis, which keeps the old value
        within(() -> {
            cache.invalidate(orders(key(changed)));
            return null;
        });
        proxy.restore();
        RedisContexts.awaitReadConnections(context.getBean(RedisCommandRunner.class));
        assertEquals(Peek.nothing(), peek(cache, changed), "a peek before any lookup dropped the entries");

        awaitTrue(() -> stored(cache, untouched), "caching once Redis is reachable again");
        Lookup<Order> afterwards = cache.lookup(CacheSpace.ORDERS, List.of(key(changed), key(untouched)));
        assertEquals(List.of(key(untouched)), List.copyOf(afterwards.hits().keySet()),
                "only what was cached after Redis came back");
    }

    /** Fills the order in if it misses; true when a lookup then finds it. */
    private static boolean stored(CachePort cache, Order order) {
        Lookup<Order> lookup = cache.lookup(CacheSpace.ORDERS, List.of(key(order)));
        if (lookup.hits().isEmpty()) {
            cache.fill(lookup, Map.of(key(order), order));
        }
        return cache.lookup(CacheSpace.ORDERS, List.of(key(order))).hits().containsKey(key(order));
    }

    private static Peek<Order, OrderBalance> peek(CachePort cache, Order order) {
        try {
            return cache.peek(CacheSpace.ORDERS, CacheSpace.ORDER_BALANCES, key(order), Runnable::run)
                    .toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | InterruptedException | TimeoutException e) {
            throw new AssertionError("a peek completes, and never exceptionally", e);
        }
    }

    private static <T> T within(Supplier<T> call) {
        long started = System.nanoTime();
        T answer = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(WITHIN) < 0, "took " + took);
        return answer;
    }

    private static void awaitTrue(Supplier<Boolean> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.get()) {
            assertTrue(System.nanoTime() - deadline < 0, what + " within 15 s");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
