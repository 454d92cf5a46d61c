package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A return end to end over HTTP on PostgreSQL: delivered units back on hand, and refunded with a credit note. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnsOverHttpTest implements TestPropertyProvider {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(),
                "conveyor.orders.cancellation-window", "1s",
                "conveyor.orders.confirmation-job.interval", "100ms");
    }

    @Test
    void placeDeliverThreeReturnOneReceiveItBackOnHandAndRefundItWithACreditNote() throws Exception {
        Api api = new Api(server.getURL(), json);
        HttpShop shop = new HttpShop(api);
        Session staff = shop.user("STAFF");
        Session seller = shop.user("SELLER");
        Session customer = shop.customer();
        UUID product = shop.product(seller, 10);
        UUID order = shop.confirmedOrder(customer, product, 3);
        UUID delivery = api.post("/api/orders/" + order + "/deliveries").as(staff).json(Map.of()).send()
                .expect(201).id();
        for (String status : List.of("SHIPPED", "DELIVERED")) {
            api.patch("/api/deliveries/" + delivery + "/status").as(staff).json(Map.of("status", status)).send()
                    .expect(200);
        }
        long total = api.get("/api/orders/" + order).as(staff).send().expect(200).number("total.amountMinor");
        api.post("/api/orders/" + order + "/payments").as(staff)
                .json(Map.of("method", "CASH", "amount", Map.of("amountMinor", total, "currency", "EUR")))
                .send().expect(201);

        Reply opened = api.post("/api/orders/" + order + "/returns").as(customer)
                .header("Idempotency-Key", "rma-" + UUID.randomUUID())
                .json(Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1, "reason", "too small")))).send()
                .expect(201);
        UUID rma = opened.id();
        assertEquals("REQUESTED", opened.text("status"));
        assertTrue(opened.text("number").matches("RMA-\\d{4}-\\d{6}"), opened.text("number"));
        api.post("/api/returns/" + rma + "/approve").as(staff).send().expect(200);
        long onHand = api.get("/api/products/" + product).as(seller).send().expect(200).number("stock.onHand");

        Reply received = api.post("/api/returns/" + rma + "/receive").as(staff)
                .json(Map.of("lines", List.of(Map.of("lineNo", 1, "disposition", "RESTOCK")))).send().expect(200);

        assertEquals("RECEIVED", received.text("status"));
        assertEquals(onHand + 1, api.get("/api/products/" + product).as(seller).send().expect(200)
                .number("stock.onHand"));

        Reply refunded = api.post("/api/returns/" + rma + "/refund").as(staff).json(Map.of()).send().expect(200);

        assertEquals("REFUNDED", refunded.text("status"));
        Reply note = api.get("/api/credit-notes/" + refunded.text("creditNoteId")).as(customer).send().expect(200);
        assertTrue(note.text("number").startsWith("CN-"), note.text("number"));
        assertEquals(1, note.number("lines.0.lineNo"));
        assertEquals(1, note.number("lines.0.quantity"));
        Reply page = api.get("/api/orders/" + order + "/returns?size=1").as(customer).send().expect(200);
        assertEquals("REFUNDED", page.text("items.0.status"));
        assertEquals(1, page.number("total"));
    }
}
