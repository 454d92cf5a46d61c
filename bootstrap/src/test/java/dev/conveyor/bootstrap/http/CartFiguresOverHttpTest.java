package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The dashboard's carts as a client sees them, on PostgreSQL, with carts abandoned after a second so that the
 * test needs no clock of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CartFiguresOverHttpTest implements TestPropertyProvider {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(), "conveyor.carts.abandoned-after", "1s");
    }

    @Test
    void theDashboardCountsCartsStartedCheckedOutAndAbandoned() throws InterruptedException {
        Api api = new Api(server.getURL(), json);
        HttpShop shop = new HttpShop(api);
        Session staff = shop.user("STAFF");
        UUID mug = shop.product(shop.user("SELLER"), 10);
        String email = HttpShop.newEmail("cara");
        shop.signUp(email).expect(201);
        Session cara = Session.of(shop.logIn(email, HttpShop.PASSWORD).expect(200));
        Session dan = shop.customer();

        Instant before = Instant.now();
        add(api, cara, mug, 2);
        add(api, dan, mug, 1);
        api.post("/api/cart/checkout").as(dan).header("Idempotency-Key", "checkout-" + UUID.randomUUID())
                .json(Map.of("shippingAddress", HttpShop.address())).send().expect(201);
        Reply fresh = api.get("/api/admin/stats").as(staff).send().expect(200);
        assertEquals(2, fresh.number("carts.started"));
        assertEquals(1, fresh.number("carts.checkedOut"));
        assertEquals(0.5, ((Number) fresh.at("carts.conversion")).doubleValue());
        assertEquals("PT1S", fresh.text("carts.abandonedAfter"));
        assertNotNull(fresh.text("carts.since"));

        // a running server has no clock to move: wait for the setting's second to pass (the threshold itself is
        // CartTrackingContract's, on a manual clock); the cached rest of the dashboard would not change
        Reply idle = fresh;
        for (Instant deadline = Instant.now().plusSeconds(30);
             idle.number("carts.abandoned") == 0 && Instant.now().isBefore(deadline); ) {
            Thread.sleep(200);
            idle = api.get("/api/admin/stats").as(staff).send().expect(200);
        }
        assertEquals(1, idle.number("carts.abandoned"), "read afresh, although the rest of the dashboard is cached");
        assertEquals(fresh.text("computedAt"), idle.text("computedAt"), "the rest came from the cache");
        assertEquals(email, idle.text("carts.abandonedCarts.0.customer.email"));
        assertEquals(1, idle.number("carts.abandonedCarts.0.lines"));
        assertEquals(2, idle.number("carts.abandonedCarts.0.units"));
        assertEquals(2 * 1999, idle.number("carts.abandonedCarts.0.value.0.amountMinor"));
        assertEquals("EUR", idle.text("carts.abandonedCarts.0.value.0.currency"));
        Instant idleSince = Instant.parse(idle.text("carts.abandonedCarts.0.idleSince"));
        assertEquals(true, !idleSince.isBefore(before.minusSeconds(1)) && idleSince.isBefore(Instant.now()));

        api.get("/api/admin/stats").as(cara).send().expect(403);
    }

    private static void add(Api api, Session customer, UUID product, int quantity) {
        api.post("/api/cart/lines").as(customer).json(Map.of("productId", product.toString(), "quantity", quantity))
                .send().expect(200);
    }
}
