package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The cart, checkout, reorder and the sellers' views as a client sees them, on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CartAndSellerOverHttpTest implements TestPropertyProvider {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Api api;
    private HttpShop shop;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.postgres();
    }

    @BeforeEach
    void client() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
    }

    @Test
    void aCustomerFillsTheCartChecksOutOnceAndReorders() {
        Session seller = shop.user("SELLER");
        UUID mug = shop.product(seller, 10);
        UUID tea = shop.product(seller, 10);
        Session customer = shop.customer();
        Reply empty = api.get("/api/cart").as(customer).send().expect(200);
        assertEquals(List.of(), empty.list("lines"));
        assertEquals(List.of(), empty.list("totals"));

        add(customer, mug, 2);
        add(customer, tea, 5);
        Reply changed = api.patch("/api/cart/lines/" + tea).as(customer).json(Map.of("quantity", 1)).send()
                .expect(200);
        assertEquals(1, changed.number("lines.1.quantity"));
        assertEquals("AVAILABLE", changed.text("lines.1.availability"));
        assertEquals(10, changed.number("lines.1.available"));
        assertEquals(3 * 1999, changed.number("totals.0.amountMinor"));
        assertEquals("EUR", changed.text("totals.0.currency"));
        assertEquals(3, changed.number("units"));
        assertEquals("true", changed.text("readyForCheckout"));

        String key = "checkout-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("shippingAddress", HttpShop.address(), "notes", "by the door");
        Reply placed = api.post("/api/cart/checkout").as(customer).header("Idempotency-Key", key).json(body).send()
                .expect(201);
        UUID order = placed.id();
        assertEquals("/api/orders/" + order, placed.header("Location"));
        assertNull(placed.header("Idempotent-Replayed"));
        assertEquals(2, placed.list("lines").size());
        Reply replay = api.post("/api/cart/checkout").as(customer).header("Idempotency-Key", key).json(body).send()
                .expect(201);
        assertEquals(order, replay.id());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(List.of(), api.get("/api/cart").as(customer).send().expect(200).list("lines"));
        api.post("/api/cart/checkout").as(customer).json(body).send().expectProblem(409, "CART_EMPTY");

        api.patch("/api/products/" + tea).as(seller).json(Map.of("active", false)).send().expect(200);
        Reply reordered = api.post("/api/orders/" + order + "/reorder").as(customer).send().expect(200);

        assertEquals(mug.toString(), reordered.text("added.0.productId"));
        assertEquals(2, reordered.number("added.0.added"));
        assertEquals("ADDED", reordered.text("added.0.outcome"));
        assertEquals(tea.toString(), reordered.text("notAdded.0.productId"));
        assertEquals(0, reordered.number("notAdded.0.added"));
        assertEquals("UNAVAILABLE", reordered.text("notAdded.0.outcome"));
        assertEquals(mug.toString(), reordered.text("cart.lines.0.productId"));
        assertEquals(1, reordered.list("cart.lines").size());

        api.delete("/api/cart/lines/" + mug).as(customer).send().expect(200);
        api.delete("/api/cart/lines/" + mug).as(customer).send().expectProblem(404, "CART_LINE_NOT_FOUND");
        add(customer, mug, 1);
        assertEquals(List.of(), api.delete("/api/cart").as(customer).send().expect(200).list("lines"));
    }

    @Test
    void badCartInputIsRefusedNamingTheField() {
        Session customer = shop.customer();
        UUID mug = shop.product(shop.user("SELLER"), 3);

        api.post("/api/cart/lines").as(customer).json("{\"productId\":\"" + mug + "\",\"quantity\":1.5}").send()
                .expectInvalid("quantity");
        api.post("/api/cart/lines").as(customer).json(Map.of("productId", "a mug", "quantity", 1)).send()
                .expectInvalid("productId");
        api.post("/api/cart/lines").as(customer).json(Map.of("productId", mug.toString(), "quantity", 0)).send()
                .expectInvalid("quantity");
        api.post("/api/cart/lines").as(customer).json(Map.of("productId", UUID.randomUUID().toString(),
                "quantity", 1)).send().expectProblem(404, "PRODUCT_NOT_FOUND");
        Reply tooMany = api.post("/api/cart/lines").as(customer).json(Map.of("productId", mug.toString(),
                "quantity", 4)).send().expectProblem(409, "OUT_OF_STOCK");
        assertEquals(3, tooMany.number("available"));
        add(customer, mug, 1);
        api.post("/api/cart/checkout").as(customer).json(Map.of("notes", "no address")).send()
                .expectInvalid("shippingAddress");
        api.post("/api/cart/checkout").as(customer).header("Idempotency-Key", "has spaces")
                .json(Map.of("shippingAddress", HttpShop.address())).send().expectInvalid("Idempotency-Key");
        assertEquals(1, api.get("/api/cart").as(customer).send().expect(200).list("lines").size());
    }

    @Test
    void aSellerSeesOnlyTheirLinesAndCountsThem() {
        Session ada = shop.user("SELLER");
        Session bob = shop.user("SELLER");
        UUID adasMug = shop.product(ada, 10);
        UUID bobsTea = shop.product(bob, 10);
        Session customer = shop.customer();
        UUID order = api.post("/api/orders").as(customer).json(Map.of("lines", List.of(
                        Map.of("productId", adasMug.toString(), "quantity", 2),
                        Map.of("productId", bobsTea.toString(), "quantity", 3)),
                "shippingAddress", HttpShop.address())).send().expect(201).id();

        Reply adas = api.get("/api/seller/orders?status=PENDING&stage=pending").as(ada).send().expect(200);
        assertEquals(1, adas.number("total"));
        assertEquals(order.toString(), adas.text("items.0.id"));
        assertEquals("true", adas.text("items.0.partial"));
        assertEquals(List.of(adasMug.toString()), ((List<?>) adas.at("items.0.lines")).stream()
                .map(line -> String.valueOf(((Map<?, ?>) line).get("productId"))).toList());
        assertEquals(2 * 1999, adas.number("items.0.total.amountMinor"));
        assertTrue(adas.text().contains(ada.userId().toString()));
        assertTrue(!adas.text().contains(bob.userId().toString()), "bob's lines leaked: " + adas);
        assertEquals(0, api.get("/api/seller/orders?status=CONFIRMED").as(ada).send().expect(200)
                .number("total"));
        api.get("/api/seller/orders?stage=lost").as(ada).send().expectInvalid("stage");
        assertEquals(List.of(bobsTea.toString()), ((List<?>) api.get("/api/orders/" + order).as(bob).send()
                .expect(200).at("lines")).stream().map(line -> String.valueOf(((Map<?, ?>) line).get("productId")))
                .toList());

        Reply stats = api.get("/api/seller/stats").as(ada).send().expect(200);
        assertEquals(1, stats.number("orders"));
        assertEquals(1, stats.number("lines.PENDING"));
        assertEquals(0, stats.number("lines.SHIPPED"));
        assertEquals(List.of("CANCELLED", "DELIVERED", "PENDING", "PROCESSING", "SHIPPED"),
                ((Map<?, ?>) stats.at("lines")).keySet().stream().map(String::valueOf).sorted().toList());
    }

    private void add(Session customer, UUID product, int quantity) {
        api.post("/api/cart/lines").as(customer).json(Map.of("productId", product.toString(), "quantity", quantity))
                .send().expect(200);
    }
}
