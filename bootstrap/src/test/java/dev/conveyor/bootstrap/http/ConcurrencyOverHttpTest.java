package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Many clients at once over real HTTP on PostgreSQL: the stock decides, not
 * the timing, and an idempotency key makes exactly one order however often
 * and however simultaneously it is sent.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrencyOverHttpTest implements TestPropertyProvider {

    private static final int THREADS = 32;

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Api api;
    private HttpShop shop;
    private ExecutorService pool;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.postgres();
    }

    @BeforeAll
    void start() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }

    @Test
    void twoHundredClientsCompetingForTwentyUnitsBuyExactlyTwenty() {
        Session seller = shop.user("SELLER");
        UUID product = shop.product(seller, 20);
        // one after the other: twenty password hashes at once can outlast a request timeout on a loaded machine,
        // and the competition under test is the orders'
        List<Session> customers = IntStream.range(0, 20).mapToObj(i -> shop.customer()).toList();

        List<Reply> replies = all(IntStream.range(0, 200).<Callable<Reply>>mapToObj(i -> () ->
                api.post("/api/orders").as(customers.get(i % customers.size()))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .json(HttpShop.orderBody(product, 1)).send()).toList());

        Map<Integer, Long> statuses = replies.stream()
                .collect(Collectors.groupingBy(Reply::status, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(201, 20L, 409, 180L), statuses, () -> "statuses " + statuses + ", e.g. "
                + replies.stream().filter(r -> r.status() != 201 && r.status() != 409).findFirst());
        Set<UUID> orders = replies.stream().filter(r -> r.status() == 201).map(Reply::id).collect(Collectors.toSet());
        assertEquals(20, orders.size());
        for (Reply refused : replies.stream().filter(r -> r.status() == 409).toList()) {
            refused.expectProblem(409, "OUT_OF_STOCK");
            assertEquals(product, refused.id("productId"));
            assertEquals(1, refused.number("requested"));
            assertEquals("lines[0].productId", refused.text("field"));
        }

        Reply stock = shop.productView(product);
        assertEquals(20, stock.number("stock.reserved"));
        assertEquals(20, stock.number("stock.onHand"));
        assertEquals(0, stock.number("stock.available"));
        Reply managed = api.get("/api/manage/products").as(seller).send().expect(200);
        assertEquals(20, managed.number("items.0.stock.reserved"));
        long placed = customers.stream()
                .mapToLong(c -> api.get("/api/orders?size=100").as(c).send().expect(200).number("total")).sum();
        assertEquals(20, placed, "the customers' order lists hold exactly the orders answered 201");
    }

    @Test
    void oneIdempotencyKeySentTenTimesAtOnceMakesOneOrder() {
        UUID product = shop.product(shop.user("SELLER"), 100);
        Session customer = shop.customer();
        String key = "checkout-" + UUID.randomUUID();

        List<Reply> replies = all(IntStream.range(0, 10).<Callable<Reply>>mapToObj(i -> () ->
                api.post("/api/orders").as(customer).header("Idempotency-Key", key)
                        .json(HttpShop.orderBody(product, 3)).send()).toList());

        List<Reply> created = replies.stream().filter(r -> r.status() == 201).toList();
        for (Reply reply : replies) {
            if (reply.status() != 201) {
                reply.expectProblem(409, "IDEMPOTENCY_KEY_IN_USE");
            }
        }
        assertEquals(1, created.stream().filter(r -> r.header("Idempotent-Replayed") == null).count(),
                () -> "exactly one request created the order: " + replies);
        for (Reply replay : created) {
            if (replay.header("Idempotent-Replayed") != null) {
                assertEquals("true", replay.header("Idempotent-Replayed"));
            }
        }
        assertEquals(1, created.stream().map(Reply::id).distinct().count(), () -> "one order: " + created);
        UUID order = created.get(0).id();
        Reply mine = api.get("/api/orders").as(customer).send().expect(200);
        assertEquals(1, mine.number("total"));
        assertEquals(List.of(order.toString()), mine.itemsText("id"));
        assertEquals(3, shop.productView(product).number("stock.reserved"));

        api.post("/api/orders").as(customer).header("Idempotency-Key", key).json(HttpShop.orderBody(product, 4))
                .send().expectProblem(422, "IDEMPOTENCY_KEY_REUSED");
        Reply replayed = api.post("/api/orders").as(customer).header("Idempotency-Key", key)
                .json(HttpShop.orderBody(product, 3)).send().expect(201);
        assertEquals("true", replayed.header("Idempotent-Replayed"));
        assertEquals(order, replayed.id());
        assertEquals(3, shop.productView(product).number("stock.reserved"));
    }

    @Test
    void theSameKeyOfAnotherCustomerIsTheirOwn() {
        UUID product = shop.product(shop.user("SELLER"), 10);
        String key = "shared-" + UUID.randomUUID();
        Session first = shop.customer();
        Session second = shop.customer();

        Reply one = api.post("/api/orders").as(first).header("Idempotency-Key", key)
                .json(HttpShop.orderBody(product, 1)).send().expect(201);
        Reply two = api.post("/api/orders").as(second).header("Idempotency-Key", key)
                .json(HttpShop.orderBody(product, 2)).send().expect(201);

        assertNull(two.header("Idempotent-Replayed"));
        assertNotEquals(one.id(), two.id());
        assertEquals(3, shop.productView(product).number("stock.reserved"));
    }

    /** Runs the tasks on the bounded pool, released together, and answers their results in order. */
    private <T> List<T> all(List<Callable<T>> tasks) {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                go.await();
                return task.call();
            }));
        }
        go.countDown();
        List<T> results = new ArrayList<>();
        try {
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("a concurrent request failed", e);
        }
        return results;
    }
}
