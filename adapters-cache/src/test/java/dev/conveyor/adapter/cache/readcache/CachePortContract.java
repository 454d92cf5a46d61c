package dev.conveyor.adapter.cache.readcache;

import static dev.conveyor.adapter.cache.readcache.CacheFixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.shared.port.out.CacheInvalidation;
import dev.conveyor.application.shared.port.out.CachePort.Lookup;
import dev.conveyor.application.shared.port.out.CachePort.Peek;
import dev.conveyor.application.shared.port.out.CachePort;
import dev.conveyor.application.shared.port.out.CacheSpace;
import dev.conveyor.application.shared.port.out.CataloguePage;
import dev.conveyor.application.shared.port.out.DashboardStats.Bucket;
import dev.conveyor.application.shared.port.out.DashboardStats;
import dev.conveyor.application.shared.port.out.DeliveriesSummary;
import dev.conveyor.application.shared.port.out.OrderBalance;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What every {@link CachePort} adapter that keeps values guarantees; each adapter's test runs it. */
abstract class CachePortContract {

    abstract CachePort cache();

    /**
     * Whether the adapter answers {@link CachePort#heldInProcess} (without I/O), or always leaves it empty; and
     * whether a {@link CachePort#peek} completes at once or on the executor given.
     */
    abstract boolean holdsEntriesInProcess();

    /** Entries of {@link #cacheWithShortLivedEntries()} live this long: long enough to hit right after a fill. */
    static final java.time.Duration SHORT_TTL = java.time.Duration.ofSeconds(2);

    /** An adapter whose entries live {@link #SHORT_TTL}. */
    abstract CachePort cacheWithShortLivedEntries();

    @Test
    void aLookupMissesUntilAFillStoresTheValueThenHitsIt() {
        Order order = CacheFixtures.order();
        String id = key(order);

        Lookup<Order> miss = cache().lookup(CacheSpace.ORDERS, List.of(id));
        assertTrue(miss.hits().isEmpty());
        cache().fill(miss, Map.of(id, order));

        Order hit = cache().lookup(CacheSpace.ORDERS, List.of(id)).hits().get(id);
        assertEquals(document(CacheSpace.ORDERS, order), document(CacheSpace.ORDERS, hit));
    }

    @Test
    void anInvalidationDropsTheEntryAndOnlyIt() {
        Order changed = CacheFixtures.order();
        Order other = CacheFixtures.order();
        store(changed);
        store(other);

        cache().invalidate(orders(key(changed)));

        assertTrue(cache().lookup(CacheSpace.ORDERS, List.of(key(changed))).hits().isEmpty());
        assertEquals(Set.of(key(other)), cache().lookup(CacheSpace.ORDERS, List.of(key(other))).hits().keySet());
    }

    @Test
    void aValueLoadedBeforeAnInvalidationOfItsKeyIsNotStored() {
        Order order = CacheFixtures.order();
        String id = key(order);
        Lookup<Order> readerMissed = cache().lookup(CacheSpace.ORDERS, List.of(id));
        // the reader loads the order from the database, then a writer commits a change and invalidates it
        cache().invalidate(orders(id));

        cache().fill(readerMissed, Map.of(id, order));

        assertTrue(cache().lookup(CacheSpace.ORDERS, List.of(id)).hits().isEmpty(), "stale value put back");
    }

    @Test
    void aValueLoadedAfterTheInvalidationIsStored() {
        Order order = CacheFixtures.order();
        String id = key(order);
        store(order);
        cache().invalidate(orders(id));

        Lookup<Order> afterTheChange = cache().lookup(CacheSpace.ORDERS, List.of(id));
        cache().fill(afterTheChange, Map.of(id, order));

        assertEquals(Set.of(id), cache().lookup(CacheSpace.ORDERS, List.of(id)).hits().keySet());
    }

    @Test
    void everyHitIsAFreshObjectSoChangingOneChangesNothingCached() {
        Order order = CacheFixtures.order();
        store(order);
        Order first = cache().lookup(CacheSpace.ORDERS, List.of(key(order))).hits().get(key(order));

        first.cancelByCustomer(first.customerId(), "changed my mind", CacheFixtures.NOW.plusSeconds(1));

        Order second = cache().lookup(CacheSpace.ORDERS, List.of(key(order))).hits().get(key(order));
        assertNotSame(first, second);
        assertEquals(OrderStatus.PENDING, second.status());
    }

    @Test
    void neitherTheOrderFilledInNorAnOrderHeldInProcessChangesWhatIsCached() {
        Order order = CacheFixtures.order();
        store(order);
        Instant later = CacheFixtures.NOW.plusSeconds(1);

        order.cancelByCustomer(order.customerId(), "the filler's own copy", later);
        Optional<Order> held = cache().heldInProcess(CacheSpace.ORDERS, key(order));
        held.ifPresent(first -> first.cancelByCustomer(first.customerId(), "one reader's copy", later));

        assertEquals(OrderStatus.PENDING,
                cache().lookup(CacheSpace.ORDERS, List.of(key(order))).hits().get(key(order)).status());
        cache().heldInProcess(CacheSpace.ORDERS, key(order)).ifPresent(second -> {
            assertNotSame(held.orElseThrow(), second);
            assertEquals(OrderStatus.PENDING, second.status());
            assertEquals(List.of(0, 0), second.lines().stream().map(OrderLine::cancelled).toList());
        });
    }

    @Test
    void oneLookupAnswersSeveralKeysAndTheMissesCanBeFilledAfterwards() {
        Product a = CacheFixtures.product("Anvil");
        Product b = CacheFixtures.product("Bellows");
        Product c = CacheFixtures.product("Chisel");
        Lookup<Product> first = cache().lookup(CacheSpace.PRODUCTS, List.of(key(a), key(b)));
        cache().fill(first, Map.of(key(a), a, key(b), b));

        Lookup<Product> second = cache().lookup(CacheSpace.PRODUCTS, List.of(key(a), key(b), key(c)));
        assertEquals(Set.of(key(a), key(b)), second.hits().keySet());
        assertEquals(document(CacheSpace.PRODUCTS, b), document(CacheSpace.PRODUCTS, second.hits().get(key(b))));
        cache().fill(second, Map.of(key(c), c));

        assertEquals(Set.of(key(a), key(b), key(c)),
                cache().lookup(CacheSpace.PRODUCTS, List.of(key(a), key(b), key(c))).hits().keySet());
    }

    @Test
    void aFillStoresOnlyWhatItsLookupMissed() {
        Product looked = CacheFixtures.product("Looked up");
        Product notLooked = CacheFixtures.product("Never looked up");
        Lookup<Product> lookup = cache().lookup(CacheSpace.PRODUCTS, List.of(key(looked)));

        cache().fill(lookup, Map.of(key(looked), looked, key(notLooked), notLooked));

        assertEquals(Set.of(key(looked)),
                cache().lookup(CacheSpace.PRODUCTS, List.of(key(looked), key(notLooked))).hits().keySet());
    }

    @Test
    void aSpaceInvalidatedAsAWholeLosesEveryEntryAtOnce() {
        CataloguePage first = CacheFixtures.page(CacheFixtures.product("One"));
        CataloguePage second = CacheFixtures.page(CacheFixtures.product("Two"));
        Lookup<CataloguePage> lookup = cache().lookup(CacheSpace.CATALOGUE, List.of("q=1", "q=2"));
        cache().fill(lookup, Map.of("q=1", first, "q=2", second));
        CataloguePage hit = cache().lookup(CacheSpace.CATALOGUE, List.of("q=1")).hits().get("q=1");
        assertEquals(first, hit);
        Lookup<CataloguePage> readerMissed = cache().lookup(CacheSpace.CATALOGUE, List.of("q=3"));

        cache().invalidate(new CacheInvalidation(Map.of(), Set.of(CacheSpace.CATALOGUE)));
        cache().fill(readerMissed, Map.of("q=3", first));

        assertTrue(cache().lookup(CacheSpace.CATALOGUE, List.of("q=1", "q=2", "q=3")).hits().isEmpty());
        Lookup<CataloguePage> afterwards = cache().lookup(CacheSpace.CATALOGUE, List.of("q=1"));
        cache().fill(afterwards, Map.of("q=1", second));
        assertEquals(second, cache().lookup(CacheSpace.CATALOGUE, List.of("q=1")).hits().get("q=1"));
    }

    @Test
    void theBackOfficeFiguresComeBackAsTheyWereStoredAndGoWithTheirSpace() {
        Instant hour = Instant.parse("2026-11-23T21:00:00Z");
        DashboardStats stats = new DashboardStats(hour.plusSeconds(42), 3,
                Map.of(OrderStatus.PENDING, 2L, OrderStatus.CANCELLED, 1L), Map.of(PaymentStatus.UNPAID, 3L),
                Map.of(FulfillmentStatus.UNFULFILLED, 3L), List.of(Money.of(1200, "EUR"), Money.of(5, "USD")),
                List.of(Money.of(1008, "EUR"), Money.of(5, "USD")), List.of(Money.of(1200, "EUR")), List.of(new Bucket(hour, 2, List.of(Money.of(1200, "EUR")))),
                List.of(new Bucket(hour.minusSeconds(3600 * 21), 3, List.of())));
        DeliveriesSummary today = new DeliveriesSummary(LocalDate.of(2026, 11, 23), 4,
                List.of(Money.of(9900, "EUR")), 3, 1);
        cache().fill(cache().lookup(CacheSpace.DASHBOARD, List.of(hour.toString())), Map.of(hour.toString(), stats));
        cache().fill(cache().lookup(CacheSpace.DELIVERIES_TODAY, List.of("2026-11-23")), Map.of("2026-11-23", today));

        assertEquals(stats, cache().lookup(CacheSpace.DASHBOARD, List.of(hour.toString())).hits().get(hour.toString()));
        assertEquals(today, cache().lookup(CacheSpace.DELIVERIES_TODAY, List.of("2026-11-23")).hits().get("2026-11-23"));

        cache().invalidate(new CacheInvalidation(Map.of(), Set.of(CacheSpace.DASHBOARD)));

        assertTrue(cache().lookup(CacheSpace.DASHBOARD, List.of(hour.toString())).hits().isEmpty());
        assertEquals(today, cache().lookup(CacheSpace.DELIVERIES_TODAY, List.of("2026-11-23")).hits().get("2026-11-23"));
    }

    @Test
    void entriesExpireAfterTheirTimeToLive() throws InterruptedException {
        CachePort shortLived = cacheWithShortLivedEntries();
        Order order = CacheFixtures.order();
        Lookup<Order> lookup = shortLived.lookup(CacheSpace.ORDERS, List.of(key(order)));
        shortLived.fill(lookup, Map.of(key(order), order));
        assertEquals(1, shortLived.lookup(CacheSpace.ORDERS, List.of(key(order))).hits().size());

        long deadline = System.nanoTime() + SHORT_TTL.multipliedBy(5).toNanos();
        while (!shortLived.lookup(CacheSpace.ORDERS, List.of(key(order))).hits().isEmpty()) {
            assertTrue(System.nanoTime() - deadline < 0, "the entry outlived five times its time to live");
            Thread.sleep(50);
        }
    }

    @Test
    void aValueHeldInProcessIsTheStoredOneUntilItIsInvalidated() {
        Order order = CacheFixtures.order();
        assertEquals(Optional.empty(), cache().heldInProcess(CacheSpace.ORDERS, key(order)));
        store(order);

        Optional<Order> held = cache().heldInProcess(CacheSpace.ORDERS, key(order));
        assertEquals(holdsEntriesInProcess(), held.isPresent());
        held.ifPresent(value -> assertEquals(document(CacheSpace.ORDERS, order), document(CacheSpace.ORDERS, value)));

        cache().invalidate(orders(key(order)));
        assertEquals(Optional.empty(), cache().heldInProcess(CacheSpace.ORDERS, key(order)));
    }

    @Test
    void anOrdersBalanceIsStoredAndDroppedByItself() {
        Order order = CacheFixtures.order();
        OrderBalance balance = new OrderBalance(order.version(), Money.of(-250, "EUR"));
        Lookup<OrderBalance> miss = cache().lookup(CacheSpace.ORDER_BALANCES, List.of(key(order)));
        cache().fill(miss, Map.of(key(order), balance));
        store(order);

        assertEquals(balance, cache().lookup(CacheSpace.ORDER_BALANCES, List.of(key(order))).hits().get(key(order)));
        assertEquals(holdsEntriesInProcess() ? Optional.of(balance) : Optional.empty(),
                cache().heldInProcess(CacheSpace.ORDER_BALANCES, key(order)));

        cache().invalidate(new CacheInvalidation(Map.of(CacheSpace.ORDER_BALANCES, Set.of(key(order))), Set.of()));
        assertTrue(cache().lookup(CacheSpace.ORDER_BALANCES, List.of(key(order))).hits().isEmpty());
        assertEquals(1, cache().lookup(CacheSpace.ORDERS, List.of(key(order))).hits().size(), "the order stays");
    }

    @Test
    void aPeekFindsAnOrderAndItsBalanceTogetherUntilEachIsInvalidated() {
        Order order = CacheFixtures.order();
        OrderBalance balance = new OrderBalance(order.version(), Money.of(700, "EUR"));
        assertEquals(Peek.nothing(), peek(cache(), key(order)));

        store(order);
        Peek<Order, OrderBalance> orderOnly = peek(cache(), key(order));
        assertEquals(document(CacheSpace.ORDERS, order), document(CacheSpace.ORDERS, orderOnly.value().orElseThrow()));
        assertEquals(Optional.empty(), orderOnly.companion());

        cache().fill(cache().lookup(CacheSpace.ORDER_BALANCES, List.of(key(order))), Map.of(key(order), balance));
        Peek<Order, OrderBalance> both = peek(cache(), key(order));
        assertEquals(document(CacheSpace.ORDERS, order), document(CacheSpace.ORDERS, both.value().orElseThrow()));
        assertEquals(Optional.of(balance), both.companion());

        cache().invalidate(orders(key(order)));
        assertEquals(new Peek<>(Optional.empty(), Optional.of(balance)), peek(cache(), key(order)));
        cache().invalidate(new CacheInvalidation(Map.of(CacheSpace.ORDER_BALANCES, Set.of(key(order))), Set.of()));
        assertEquals(Peek.nothing(), peek(cache(), key(order)));
    }

    /**
     * {@link CachePort#peek} of an order and its balance, continued on an executor that must have been used
     * exactly when the adapter does not hold its entries in this process (a cache server's reply is decoded there).
     */
    Peek<Order, OrderBalance> peek(CachePort cache, String id) {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        AtomicBoolean used = new AtomicBoolean();
        try {
            Peek<Order, OrderBalance> peek = cache.peek(CacheSpace.ORDERS, CacheSpace.ORDER_BALANCES, id, task -> {
                used.set(true);
                pool.execute(task);
            }).toCompletableFuture().get(5, TimeUnit.SECONDS);
            assertEquals(!holdsEntriesInProcess(), used.get(), "continued on the executor given");
            return peek;
        } catch (ExecutionException | InterruptedException | TimeoutException e) {
            throw new AssertionError("a peek completes, and never exceptionally", e);
        } finally {
            pool.shutdown();
        }
    }

    void store(Order order) {
        Lookup<Order> lookup = cache().lookup(CacheSpace.ORDERS, List.of(key(order)));
        cache().fill(lookup, Map.of(key(order), order));
        assertEquals(1, cache().lookup(CacheSpace.ORDERS, List.of(key(order))).hits().size(), "stored");
    }

    static CacheInvalidation orders(String... ids) {
        return new CacheInvalidation(Map.of(CacheSpace.ORDERS, Set.of(ids)), Set.of());
    }

    static String key(Order order) {
        return order.id().value().toString();
    }

    static String key(Product product) {
        return product.id().value().toString();
    }
}
