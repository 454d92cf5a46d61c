package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Changing placed orders over HTTP on PostgreSQL: cancelling what remains of their lines. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderChangesOverHttpTest extends PlacedOrdersOverHttp {

    private static Map<String, Object> oneLine(int quantity) {
        return Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", quantity)), "reason", "discontinued");
    }

    @Test
    void staffCancelWhatRemainsAfterAShipmentAndARetryWithTheKeyIsReplayed() {
        UUID order = shop.confirmedOrder(customer, product, 5);
        UUID delivery = api.post("/api/orders/" + order + "/deliveries").as(staff)
                .json(Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 2)))).send().expect(201).id();
        api.patch("/api/deliveries/" + delivery + "/status").as(staff).json(Map.of("status", "SHIPPED")).send()
                .expect(200);
        String key = "cl-" + UUID.randomUUID();

        Reply cancelled = api.post("/api/orders/" + order + "/cancel-lines").as(staff).header("Idempotency-Key", key)
                .json(oneLine(2)).send().expect(200);
        Reply retry = api.post("/api/orders/" + order + "/cancel-lines").as(staff).header("Idempotency-Key", key)
                .json(oneLine(2)).send().expect(200);

        assertEquals(2, cancelled.number("lines.0.cancelled"));
        assertEquals(1, cancelled.number("lines.0.reserved"));
        assertEquals("PROCESSING", cancelled.text("status"));
        assertNull(cancelled.header("Idempotent-Replayed"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(2, retry.number("lines.0.cancelled"));
        api.post("/api/orders/" + order + "/cancel-lines").as(staff).header("Idempotency-Key", key)
                .json(oneLine(1)).send().expectProblem(422, "IDEMPOTENCY_KEY_REUSED");
        Reply stock = api.get("/api/products/" + product).as(seller).send().expect(200);
        assertEquals(1, stock.number("stock.reserved"));
        assertEquals(8, stock.number("stock.onHand"));
    }

    @Test
    void theOrdersETagIsItsVersionAndAStaleIfMatchIsRefused() {
        UUID order = shop.confirmedOrder(customer, product, 4);
        Reply read = api.get("/api/orders/" + order).as(staff).send().expect(200);
        String etag = read.header("ETag");
        assertEquals("\"" + read.number("version") + "\"", etag);

        Reply cancelled = api.post("/api/orders/" + order + "/cancel-lines").as(staff).header("If-Match", etag)
                .json(oneLine(1)).send().expect(200);
        Reply stale = api.post("/api/orders/" + order + "/cancel-lines").as(staff).header("If-Match", etag)
                .json(oneLine(1)).send().expectProblem(409, "STALE_VERSION");

        assertTrue(stale.text("detail").contains("read it again"), stale.text());
        assertEquals(read.number("version") + 1, cancelled.number("version"));
        assertEquals("\"" + cancelled.number("version") + "\"",
                api.get("/api/orders/" + order).as(customer).send().expect(200).header("ETag"));
        api.post("/api/orders/" + order + "/cancel-lines").as(staff).header("If-Match", "yesterday")
                .json(oneLine(1)).send().expectInvalid("If-Match");
        assertEquals(1, api.get("/api/orders/" + order).as(staff).send().number("lines.0.cancelled"));
    }

    @Test
    void unitsInAPendingDeliveryAreRefusedNamingTheLine() {
        UUID order = shop.confirmedOrder(customer, product, 3);
        api.post("/api/orders/" + order + "/deliveries").as(staff)
                .json(Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 2)))).send().expect(201);

        Reply refused = api.post("/api/orders/" + order + "/cancel-lines").as(staff).json(oneLine(2)).send()
                .expectProblem(409, "QUANTITY_EXCEEDS_REMAINING");

        assertTrue(refused.text("detail").contains("line 1"), refused.text());
    }

    @Test
    void badLinesAreRefusedNamingTheField() {
        UUID order = shop.confirmedOrder(customer, product, 1);

        api.post("/api/orders/" + order + "/cancel-lines").as(staff).json(oneLine(0)).send()
                .expectInvalid("lines[0].quantity");
        api.post("/api/orders/" + order + "/cancel-lines").as(staff)
                .json(Map.of("lines", List.of(Map.of("lineNo", 1.5, "quantity", 1)))).send()
                .expectInvalid("lines[0].lineNo");
        api.post("/api/orders/" + order + "/cancel-lines").as(staff)
                .json(Map.of("lines", List.of(Map.of("lineNo", 7, "quantity", 1)))).send()
                .expectInvalid("lines");
    }

    @Test
    void cancellingEverythingThatRemainsOfAnUnshippedOrderCancelsIt() {
        UUID order = shop.confirmedOrder(customer, product, 2);

        Reply cancelled = api.post("/api/orders/" + order + "/cancel-lines").as(seller).json(Map.of()).send()
                .expect(200);

        assertEquals("CANCELLED", cancelled.text("status"));
        assertEquals(2, cancelled.number("lines.0.cancelled"));
        assertEquals(0, api.get("/api/products/" + product).as(seller).send().number("stock.reserved"));
    }
}
