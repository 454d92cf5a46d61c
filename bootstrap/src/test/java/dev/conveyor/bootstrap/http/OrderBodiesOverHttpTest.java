package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /api/orders/{id}} answers a body encoded once per view (OrderBodies) from the in-process cache: byte
 * for byte what the server writes for the same view elsewhere, per audience, and a new body as soon as the view
 * changes, whether the order changed or only the time did (a customer's cancellation window). No confirmation job,
 * so an order stays pending, on the same version, after its window closes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderBodiesOverHttpTest implements TestPropertyProvider {

    private static final Duration WINDOW = Duration.ofSeconds(3);

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Api api;
    private HttpShop shop;
    private Session customer;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(),
                "conveyor.orders.cancellation-window", WINDOW.toSeconds() + "s",
                "conveyor.orders.confirmation-job.enabled", "false");
    }

    @BeforeEach
    void client() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
        customer = shop.customer();
    }

    private Reply read(UUID order, Session reader) {
        Reply reply = api.get("/api/orders/" + order).as(reader).send().expect(200);
        assertEquals("application/json", reply.header("Content-Type"), reply::toString);
        assertEquals("\"" + reply.number("version") + "\"", reply.header("ETag"), reply::toString);
        return reply;
    }

    /** The read, twice (the second from the encoded bodies), is byte for byte what the write answered. */
    private void readsAsWritten(UUID order, Session reader, Reply written) {
        assertEquals(written.text(), read(order, reader).text());
        assertEquals(written.text(), read(order, reader).text());
    }

    @Test
    void eachReaderGetsTheBytesTheServerWritesForTheirViewAndTheNewOnesAfterAChange() {
        Session seller = shop.user("SELLER");
        Session otherSeller = shop.user("SELLER");
        Session staff = shop.user("STAFF");
        UUID own = shop.product(seller, 10);
        UUID others = shop.product(otherSeller, 10);
        UUID order = api.post("/api/orders").as(customer).json(Map.of("lines", List.of(
                        Map.of("productId", own.toString(), "quantity", 2),
                        Map.of("productId", others.toString(), "quantity", 1)),
                "shippingAddress", HttpShop.address())).send().expect(201).id();

        Reply before = read(order, seller);
        Reply sellerWrote = api.post("/api/orders/" + order + "/cancel-lines").as(seller)
                .json(Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1)), "reason", "one broke")).send()
                .expect(200);
        assertNotEquals(before.text(), sellerWrote.text());
        readsAsWritten(order, seller, sellerWrote);
        assertEquals(1, read(order, seller).list("lines").size());

        Reply other = read(order, otherSeller);
        assertEquals(true, other.at("partial"));
        assertEquals(List.of(2L), other.list("lines").stream()
                .map(line -> ((Number) ((Map<?, ?>) line).get("lineNo")).longValue()).toList());
        assertEquals(sellerWrote.number("version"), other.number("version"));
        Reply full = read(order, staff);
        assertEquals(false, full.at("partial"));
        assertEquals(2, full.list("lines").size());

        Reply staffWrote = api.patch("/api/orders/" + order + "/status").as(staff)
                .json(Map.of("status", "CANCELLED", "reason", "out of stock")).send().expect(200);
        assertEquals(full.number("version") + 1, staffWrote.number("version"));
        readsAsWritten(order, staff, staffWrote);

        UUID cancelled = shop.order(customer, own);
        Reply customerWrote = api.post("/api/orders/" + cancelled + "/cancel").as(customer).send().expect(200);
        readsAsWritten(cancelled, customer, customerWrote);
    }

    @Test
    void aCustomersBodyChangesWhenTheirCancellationWindowClosesOnTheSameVersion() throws InterruptedException {
        UUID order = shop.order(customer, shop.product(shop.user("SELLER"), 10));

        Reply open = read(order, customer);
        assertEquals(List.of("CANCELLED"), open.list("allowedTransitions"), "read inside the window: " + open);
        assertEquals(open.text(), read(order, customer).text());
        Instant until = Instant.parse(open.text("cancellableUntil"));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), until).toMillis()) + 200);
        Reply closed = read(order, customer);

        assertEquals("PENDING", closed.text("status"));
        assertEquals(open.header("ETag"), closed.header("ETag"));
        assertEquals(open.text().replace("\"allowedTransitions\":[\"CANCELLED\"]", "\"allowedTransitions\":[]"),
                closed.text());
        assertNotEquals(open.text(), closed.text());
    }
}
