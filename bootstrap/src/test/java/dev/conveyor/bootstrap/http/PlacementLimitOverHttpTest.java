package dev.conveyor.bootstrap.http;

import static dev.conveyor.bootstrap.http.OperatorEndpointsOverHttpTest.awaitTrue;
import static dev.conveyor.bootstrap.http.OperatorEndpointsOverHttpTest.someoneWaitsForALock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The per-instance limit on concurrent order placements over real HTTP on PostgreSQL: placements beyond it wait
 * their turn instead of queueing for the pool's connections (whose short timeout answers 503 DATABASE_UNAVAILABLE),
 * and one that waited its whole turn in vain is answered 503 PLACEMENT_BUSY, having done nothing, so that its
 * retry with the same Idempotency-Key places it.
 */
class PlacementLimitOverHttpTest {

    @Test
    void twoHundredRacingPlacementsOnASmallPoolAreEachPlacedOrOutOfStock() throws Exception {
        // a pool of 4 with a 1 s connection timeout: 32 placements at once queueing on one product's row lock
        // would hold every connection and leave the rest to the pool's timeout; the limit (half the pool: 2) lets
        // only two hold one
        Map<String, String> settings = TestServers.with(TestServers.postgres(),
                "datasources.default.maximum-pool-size", "4", "datasources.default.connection-timeout", "1000");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, new HashMap<String, Object>(settings))) {
            Api api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
            HttpShop shop = new HttpShop(api);
            UUID product = shop.product(shop.user("SELLER"), 20);
            List<Session> customers = IntStream.range(0, 8).mapToObj(i -> shop.customer()).toList();

            ExecutorService clients = Executors.newFixedThreadPool(32);
            List<Future<Reply>> sent = new ArrayList<>();
            try {
                for (int i = 0; i < 200; i++) {
                    Session customer = customers.get(i % customers.size());
                    sent.add(clients.submit(() -> api.post("/api/orders").as(customer)
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .json(HttpShop.orderBody(product, 1)).send()));
                }
                List<Reply> replies = new ArrayList<>();
                for (Future<Reply> reply : sent) {
                    replies.add(reply.get(2, TimeUnit.MINUTES));
                }
                Map<Integer, Long> statuses = replies.stream()
                        .collect(Collectors.groupingBy(Reply::status, TreeMap::new, Collectors.counting()));
                assertEquals(Map.of(201, 20L, 409, 180L), statuses, () -> "statuses " + statuses + ", e.g. "
                        + replies.stream().filter(r -> r.status() != 201 && r.status() != 409).findFirst());
                replies.stream().filter(r -> r.status() == 409).forEach(r -> r.expectProblem(409, "OUT_OF_STOCK"));
            } finally {
                clients.shutdownNow();
            }

            Reply stock = shop.productView(product);
            assertEquals(20, stock.number("stock.reserved"));
            assertEquals(0, stock.number("stock.available"));
            String metrics = api.get("/prometheus").as(shop.admin()).send().expect(200).text();
            assertEquals(2.0, metric(metrics, "conveyor_orders_placement_limit"), metrics);
            assertEquals(200.0, metric(metrics, "conveyor_orders_placement_wait_seconds_count"), metrics);
            assertEquals(0.0, metric(metrics, "conveyor_orders_placement_refused_total"), metrics);
            assertEquals(0.0, metric(metrics, "conveyor_orders_placement_running"), metrics);
        }
    }

    @Test
    void aPlacementThatWaitsLongerThanItsTurnIsBusyAndItsRetryPlacesIt() throws Exception {
        Map<String, String> settings = TestServers.with(TestServers.postgres(),
                "conveyor.orders.placement-concurrency", "1", "conveyor.orders.placement-wait", "200ms");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, new HashMap<String, Object>(settings))) {
            Api api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
            HttpShop shop = new HttpShop(api);
            UUID product = shop.product(shop.user("SELLER"), 10);
            Session first = shop.customer();
            Session second = shop.customer();
            String key = "busy-" + UUID.randomUUID();
            Session shopper = shop.customer();
            api.post("/api/cart/lines").as(shopper).json(Map.of("productId", product.toString(), "quantity", 1)).send().expect(200);

            CompletableFuture<Reply> placing;
            try (Connection blocker = DriverManager.getConnection(settings.get("datasources.default.url"))) {
                // the first placement takes the only turn and then waits for this row lock
                blocker.setAutoCommit(false);
                try (PreparedStatement lock = blocker.prepareStatement("SELECT id FROM products WHERE id = ? FOR UPDATE")) {
                    lock.setObject(1, product);
                    lock.executeQuery().close();
                }
                placing = CompletableFuture.supplyAsync(() -> shop.placeOrder(first, product, 1));
                awaitTrue(() -> someoneWaitsForALock(settings), "the first placement waits for the stock row");

                Reply busy = api.post("/api/orders").as(second).header("Idempotency-Key", key)
                        .json(HttpShop.orderBody(product, 2)).send().expectProblem(503, "PLACEMENT_BUSY");
                assertEquals("2", busy.header("Retry-After"), busy::toString);
                // a cart's checkout is a placement too: it waits for the same turns
                api.post("/api/cart/checkout").as(shopper).json(Map.of("shippingAddress", HttpShop.address()))
                        .send().expectProblem(503, "PLACEMENT_BUSY");
                assertFalse(placing.isDone(), "the first placement is still under way");
                blocker.rollback();
            }
            placing.get(1, TimeUnit.MINUTES).expect(201);

            Reply retried = api.post("/api/orders").as(second).header("Idempotency-Key", key)
                    .json(HttpShop.orderBody(product, 2)).send().expect(201);
            assertNull(retried.header("Idempotent-Replayed"), "the refused request had done nothing");
            assertEquals(3, shop.productView(product).number("stock.reserved"));
            assertEquals(1, api.get("/api/cart").as(shopper).send().expect(200).list("lines").size(),
                    "the refused checkout left the cart as it was");
            String metrics = api.get("/prometheus").as(shop.admin()).send().expect(200).text();
            assertEquals(2.0, metric(metrics, "conveyor_orders_placement_refused_total"), metrics);
            assertTrue(metric(metrics, "conveyor_orders_placement_wait_seconds_sum") >= 0.2, metrics);
        }
    }

    /** The value of a meter without tags in Prometheus's text format. */
    private static double metric(String metrics, String name) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*})? (\\S+)$").matcher(metrics);
        assertTrue(line.find(), () -> name + " in " + metrics);
        return Double.parseDouble(line.group(1));
    }
}
