package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins bugs found by probing the running server, one test per bug: unfiltered back-office lists,
 * 404/405/415 instead of 401, arrays accepted as numbers, deleted accounts still ordering,
 * concurrent cancellations answering 500.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpRegressionTest implements TestPropertyProvider {

    private static final String ADDRESS = "\"shippingAddress\":{\"name\":\"Ann\",\"line1\":\"1 Main St\","
            + "\"city\":\"Lyon\",\"postalCode\":\"69001\",\"country\":\"FR\"}";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Api api;
    private HttpShop shop;
    private Session customer;
    private UUID product;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.postgres();
    }

    @BeforeAll
    void buildTheShop() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
        customer = shop.customer();
        product = shop.product(shop.user("SELLER"), 10);
    }

    /** the unfiltered back-office product list renders "WHERE ORDER BY" and answers 500. */
    @Test
    void theBackOfficeListsAllProductsWithoutAFilter() {
        api.get("/api/manage/products").as(shop.admin()).send().expect(200);
        api.get("/api/manage/products").as(shop.user("STAFF")).send().expect(200);
    }

    /** without micronaut.security.reject-not-found=false, unmatched requests answer 401/403. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/nothing-here", "/api/orders/mine/all", "/api"})
    void anUnknownRouteIs404(String path) {
        api.get(path).send().expectProblem(404, "NOT_FOUND");
        api.get(path).as(customer).send().expectProblem(404, "NOT_FOUND");
    }

    @ParameterizedTest
    @CsvSource({"DELETE, /api/products", "PUT, /api/orders", "DELETE, /api/auth/login", "POST, /api/users/me"})
    void aWrongMethodIs405(String method, String path) {
        api.call(method, path).json("{}").send().expectProblem(405, "METHOD_NOT_ALLOWED");
        api.call(method, path).as(customer).json("{}").send().expectProblem(405, "METHOD_NOT_ALLOWED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml"})
    void aBodyThatIsNotJsonIs415(String contentType) {
        api.post("/api/auth/signup").body(contentType, "email=a").send().expectProblem(415, "UNSUPPORTED_MEDIA_TYPE");
        api.post("/api/orders").as(customer).body(contentType, "lines=1").send()
                .expectProblem(415, "UNSUPPORTED_MEDIA_TYPE");
    }

    /** a one-element array where a number belongs is taken as the number, and the order is placed. */
    @Test
    void anArrayForAQuantityIsRefused() {
        api.post("/api/orders").as(customer).json("{\"lines\":[{\"productId\":\"" + product
                + "\",\"quantity\":[1]}]," + ADDRESS + "}").send().expectProblem(400, "MALFORMED_JSON");
    }

    /**
     * an account deleted by its owner still places orders with its access token (valid for up to
     * 15 minutes), although GET /api/users/me already refuses that token: "a token outliving its deleted
     * account authenticates nobody".
     */
    @Test
    void aDeletedAccountCannotPlaceOrders() {
        Session deleted = shop.customer();
        api.delete("/api/users/me").as(deleted).send().expect(204);

        shop.placeOrder(deleted, product, 1).expectProblem(401, "UNAUTHENTICATED");
    }

    /**
     * the same order cancelled by several requests at once (a double click, or the customer and staff
     * together): the late transactions release the reservation a second time, PostgreSQL's CHECK
     * (reserved >= 0) refuses it and the client gets a 500 instead of a 409.
     */
    @Test
    void cancellingOneOrderTenTimesAtOnceCancelsItOnce() throws Exception {
        UUID only = shop.product(shop.user("SELLER"), 5);
        UUID order = shop.order(customer, only);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Reply>> cancels = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                cancels.add(pool.submit(() -> {
                    go.await();
                    return api.post("/api/orders/" + order + "/cancel").as(customer).send();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Reply> cancel : cancels) {
                statuses.add(cancel.get(30, TimeUnit.SECONDS).status());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
            assertEquals(9, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, shop.productView(only).number("stock.reserved"));
    }
}
