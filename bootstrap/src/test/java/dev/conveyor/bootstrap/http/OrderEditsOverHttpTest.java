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

/** Editing placed orders over HTTP on PostgreSQL: If-Match, the balance an edit leaves, the refund it offers. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderEditsOverHttpTest extends PlacedOrdersOverHttp {

    private static final long PRICE = 1999;

    private String etag(UUID order) {
        return api.get("/api/orders/" + order).as(staff).send().expect(200).header("ETag");
    }

    private static Map<String, Object> setQuantity(int quantity) {
        return Map.of("changes", List.of(Map.of("type", "SET_QUANTITY", "lineNo", 1, "quantity", quantity)));
    }

    @Test
    void anEditThatLowersAPaidOrderShowsTheDifferenceAsRefundableAndARefundOfItWorks() {
        UUID order = shop.confirmedOrder(customer, product, 5);
        api.post("/api/orders/" + order + "/payments").as(staff)
                .json(Map.of("method", "CASH", "amount", Map.of("amountMinor", 5 * PRICE, "currency", "EUR")))
                .send().expect(201);
        Reply paid = api.get("/api/orders/" + order).as(customer).send().expect(200);
        assertEquals(0, paid.number("balanceDue.amountMinor"));
        assertEquals(0, paid.number("refundable.amountMinor"));

        Reply edited = api.post("/api/orders/" + order + "/edits").as(staff).header("If-Match", etag(order))
                .json(setQuantity(3)).send().expect(200);

        assertEquals(3, edited.number("lines.0.quantity"));
        assertEquals(3 * PRICE, edited.number("total.amountMinor"));
        assertEquals("PAID", edited.text("paymentStatus"));
        assertEquals(2 * PRICE, edited.number("refundable.amountMinor"));
        assertEquals(0, edited.number("balanceDue.amountMinor"));
        assertEquals("\"" + edited.number("version") + "\"", edited.header("ETag"));
        assertEquals(2 * PRICE, api.get("/api/orders/" + order).as(customer).send().number("refundable.amountMinor"));
        assertEquals(3, api.get("/api/products/" + product).as(seller).send().number("stock.reserved"));

        Reply refund = api.post("/api/orders/" + order + "/refunds").as(staff)
                .json(Map.of("amountMinor", 2 * PRICE, "reason", "order edited")).send().expect(201);
        assertNull(refund.at("creditNote"), "the units edited away were never invoiced: nothing to credit");
        assertEquals(-2 * PRICE, refund.number("refunds.0.amount.amountMinor"));
        assertEquals("/api/orders/" + order + "/payments", refund.header("Location"));

        Reply refunded = api.get("/api/orders/" + order).as(customer).send().expect(200);
        assertEquals(0, refunded.number("refundable.amountMinor"));
        assertEquals(0, refunded.number("balanceDue.amountMinor"));
        Reply history = api.get("/api/orders/" + order + "/edits").as(customer).send().expect(200);
        assertEquals(1, history.number("total"));
        assertEquals(5 * PRICE, history.number("items.0.totalBefore.amountMinor"));
        assertEquals(3 * PRICE, history.number("items.0.totalAfter.amountMinor"));
        assertEquals("SET_QUANTITY", history.text("items.0.changes.0.type"));
        assertEquals(5, history.number("items.0.changes.0.quantityBefore"));
        assertEquals(3, history.number("items.0.changes.0.quantityAfter"));
        Reply sellers = api.get("/api/orders/" + order + "/edits").as(seller).send().expect(200);
        assertEquals("true", sellers.text("items.0.partial"));
    }

    @Test
    void anEditThatRaisesAPaidOrderMakesTheDifferenceDue() {
        UUID order = shop.confirmedOrder(customer, product, 1);
        api.post("/api/orders/" + order + "/payments").as(staff)
                .json(Map.of("method", "CASH", "amount", Map.of("amountMinor", PRICE, "currency", "EUR")))
                .send().expect(201);

        Reply edited = api.post("/api/orders/" + order + "/edits").as(staff).header("If-Match", etag(order))
                .json(setQuantity(3)).send().expect(200);

        assertEquals("PARTIALLY_PAID", edited.text("paymentStatus"));
        assertEquals(2 * PRICE, edited.number("balanceDue.amountMinor"));
        assertEquals(0, edited.number("refundable.amountMinor"));
    }

    @Test
    void ifMatchIsRequiredAndAStaleOneIsRefused() {
        // staff, on a confirmed order: a customer's one-second window could close between the steps on a busy machine
        UUID order = shop.confirmedOrder(customer, product, 2);
        String seen = etag(order);

        Reply missing = api.post("/api/orders/" + order + "/edits").as(staff).json(setQuantity(1)).send()
                .expectProblem(428, "PRECONDITION_REQUIRED");
        String key = "edit-" + UUID.randomUUID();
        Reply edited = api.post("/api/orders/" + order + "/edits").as(staff).header("If-Match", seen)
                .header("Idempotency-Key", key).json(setQuantity(1)).send().expect(200);
        Reply retry = api.post("/api/orders/" + order + "/edits").as(staff).header("If-Match", seen)
                .header("Idempotency-Key", key).json(setQuantity(1)).send().expect(200);
        api.post("/api/orders/" + order + "/edits").as(staff).header("If-Match", seen).json(setQuantity(2))
                .send().expectProblem(409, "STALE_VERSION");

        assertEquals("If-Match", missing.text("field"));
        assertNull(edited.header("Idempotent-Replayed"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(1, retry.number("lines.0.quantity"));
        assertEquals(1, api.get("/api/products/" + product).as(seller).send().number("stock.reserved"));
    }

    @Test
    void badChangesAreRefusedNamingTheMember() {
        UUID order = shop.confirmedOrder(customer, product, 2);
        String seen = etag(order);

        api.post("/api/orders/" + order + "/edits").as(staff).header("If-Match", seen)
                .json(Map.of("changes", List.of(Map.of("type", "PAINT_IT_RED")))).send()
                .expectInvalid("changes[0].type");
        api.post("/api/orders/" + order + "/edits").as(staff).header("If-Match", seen)
                .json(setQuantity(0)).send().expectInvalid("changes[0].quantity");
        api.post("/api/orders/" + order + "/edits").as(staff).header("If-Match", seen)
                .json(Map.of("changes", List.of(Map.of("type", "ADD_LINE", "productId", "nope", "quantity", 1))))
                .send().expectInvalid("changes[0].productId");
        api.post("/api/orders/" + order + "/edits").as(staff).header("If-Match", seen)
                .json(Map.of("changes", List.of(Map.of("type", "REMOVE_LINE", "lineNo", 9)))).send()
                .expectInvalid("changes[0].lineNo");
        api.post("/api/orders/" + order + "/edits").as(staff).header("If-Match", seen)
                .json(Map.of("changes", List.of())).send().expectInvalid("changes");
        api.post("/api/orders/" + order + "/edits").as(staff).header("If-Match", seen)
                .json(setQuantity(11)).send().expectProblem(409, "OUT_OF_STOCK");
        Reply emptied = api.post("/api/orders/" + order + "/edits").as(staff).header("If-Match", seen)
                .json(Map.of("changes", List.of(Map.of("type", "REMOVE_LINE", "lineNo", 1)))).send()
                .expectProblem(409, "ORDER_WOULD_BE_EMPTY");

        assertTrue(emptied.text("detail").contains("cancel the order"), emptied.text());
        assertEquals(2, api.get("/api/products/" + product).as(seller).send().number("stock.reserved"));
    }
}
