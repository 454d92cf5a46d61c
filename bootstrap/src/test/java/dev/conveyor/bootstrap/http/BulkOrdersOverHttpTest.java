package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The order list's actions on a selection and its saved views, as a client sees them, on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkOrdersOverHttpTest implements TestPropertyProvider {

    private static final Duration WINDOW = Duration.ofSeconds(1);

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Api api;
    private HttpShop shop;
    private Session staff;
    private Session customer;
    private UUID mug;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(), "conveyor.orders.cancellation-window",
                WINDOW.toSeconds() + "s", "conveyor.orders.confirmation-job.interval", "200ms");
    }

    @BeforeAll
    void seed() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
        staff = shop.user("STAFF");
        customer = shop.customer();
        mug = shop.product(shop.user("SELLER"), 1_000);
    }

    @Test
    void shippingEachOrderShipsAllOfItAndNamesTheOrderThatCannotBe() {
        List<UUID> orders = confirmed(3);
        UUID cancelled = shop.order(customer, mug);
        api.post("/api/orders/" + cancelled + "/cancel").as(staff).json(Map.of("reason", "test")).send().expect(200);
        List<UUID> selection = new ArrayList<>(orders);
        selection.add(1, cancelled);

        Reply answer = bulk("SHIP", selection, null).expect(200);

        assertEquals(3, answer.number("succeeded"));
        assertEquals(1, answer.number("failed"));
        for (int i = 0; i < selection.size(); i++) {
            assertEquals(selection.get(i).toString(), answer.text("orders." + i + ".orderId"), "in request order");
        }
        assertEquals("false", answer.text("orders.1.succeeded"));
        assertEquals("ORDER_CLOSED", answer.text("orders.1.code"));
        assertTrue(answer.text("orders.1.message").contains("cancelled"), answer.text("orders.1.message"));
        assertEquals("true", answer.text("orders.0.succeeded"));
        assertNull(answer.at("orders.0.code"));
        for (UUID id : orders) {
            Reply order = api.get("/api/orders/" + id).as(staff).send().expect(200);
            assertEquals("SHIPPED", order.text("fulfillmentStatus"));
            assertEquals("PROCESSING", order.text("status"));
            assertEquals(1, api.get("/api/orders/" + id + "/deliveries").as(staff).send().expect(200)
                    .number("total"), "one delivery per order");
        }
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstOutcomesAndChangesNothing() {
        List<UUID> orders = confirmed(2);
        UUID pending = shop.order(customer, mug);
        String key = "bulk-" + UUID.randomUUID();
        List<UUID> selection = List.of(orders.get(0), orders.get(1));

        Reply first = bulk("PROCESS", selection, key).expect(200);
        Reply again = bulk("PROCESS", selection, key).expect(200);

        assertEquals(2, first.number("succeeded"));
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.body(), again.body(), "the same outcomes, not 'already PROCESSING'");
        bulk("PROCESS", List.of(orders.get(0), pending), key).expectProblem(422, "IDEMPOTENCY_KEY_REUSED");
        Reply other = bulk("PROCESS", selection, "bulk-" + UUID.randomUUID()).expect(200);
        assertEquals(0, other.number("succeeded"), "a new key runs it again: moving again is refused per order");
        assertEquals("INVALID_STATUS_TRANSITION", other.text("orders.0.code"));
    }

    @Test
    void theSelectionExportsAsCsvWithOnlyItsOrders() throws IOException {
        List<UUID> placed = IntStream.range(0, 3).mapToObj(i -> shop.order(customer, mug)).toList();
        List<UUID> selection = List.of(placed.get(0), placed.get(2), UUID.randomUUID());

        Reply csv = api.post("/api/admin/orders/export").as(staff)
                .json(Map.of("orderIds", selection.stream().map(UUID::toString).toList())).send().expect(200);

        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.header("Content-Disposition").contains("orders.csv"), csv.header("Content-Disposition"));
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.text()))) {
            List<String> ids = parser.getRecords().stream().map(row -> row.get("id")).toList();
            assertEquals(List.of(placed.get(2).toString(), placed.get(0).toString()), ids,
                    "the selected orders, newest first; an id of no order is left out");
        }
    }

    @Test
    void badSelectionsAnswer400NamingTheField() {
        UUID order = UUID.randomUUID();
        api.post("/api/admin/orders/bulk").as(staff).json(Map.of("orderIds", List.of(order.toString()))).send()
                .expectInvalid("action");
        bulk("DANCE", List.of(order), null).expectInvalid("action");
        bulk("SHIP", List.of(), null).expectInvalid("orderIds");
        bulk("SHIP", List.of(order, order), null).expectInvalid("orderIds[1]");
        List<UUID> tooMany = IntStream.range(0, 101).mapToObj(i -> UUID.randomUUID()).toList();
        bulk("SHIP", tooMany, null).expectInvalid("orderIds");
        api.post("/api/admin/orders/bulk").as(staff).json(Map.of("action", "SHIP", "orderIds", List.of("me")))
                .send().expectInvalid("orderIds[0]");
        api.post("/api/admin/orders/export").as(staff).json(Map.of("orderIds", List.of())).send()
                .expectInvalid("orderIds");
        api.post("/api/admin/orders/export").as(staff).json(Map.of()).send().expectInvalid("orderIds");
    }

    @Test
    void savedViewsAreEachStaffMembersOwnAndHoldOnlyFiltersTheListReads() {
        Session mine = shop.user("STAFF");
        Session other = shop.user("STAFF");
        Map<String, Object> body = Map.of("name", "Late shipments",
                "filters", Map.of("status", "CONFIRMED,PROCESSING", "sort", "createdAt,asc", "q", ""));
        String key = "view-" + UUID.randomUUID();

        Reply saved = api.post("/api/admin/order-views").as(mine).header("Idempotency-Key", key).json(body).send()
                .expect(201);
        Reply again = api.post("/api/admin/order-views").as(mine).header("Idempotency-Key", key).json(body).send()
                .expect(201);

        assertEquals(Map.of("status", "CONFIRMED,PROCESSING", "sort", "createdAt,asc"), saved.at("filters"));
        assertEquals("/api/admin/order-views/" + saved.id(), saved.header("Location"));
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(saved.id(), again.id());
        Reply listed = api.get("/api/admin/order-views").as(mine).send().expect(200);
        assertEquals(1, listed.array().size());
        assertEquals("Late shipments", listed.text("0.name"));
        assertEquals(0, api.get("/api/admin/order-views").as(other).send().expect(200).array().size());
        api.post("/api/admin/order-views").as(mine).json(Map.of("name", "late SHIPMENTS")).send()
                .expectProblem(409, "VIEW_NAME_TAKEN");
        api.post("/api/admin/order-views").as(mine).json(Map.of("name", "x", "filters", Map.of("status", "LOST")))
                .send().expectInvalid("filters.status");
        api.post("/api/admin/order-views").as(mine).json(Map.of("name", "x", "filters", Map.of("sort", "colour")))
                .send().expectInvalid("filters.sort");
        api.post("/api/admin/order-views").as(mine).json(Map.of("name", "x", "filters", Map.of("colour", "red")))
                .send().expectInvalid("filters.colour");
        api.post("/api/admin/order-views").as(mine).json(Map.of("filters", Map.of())).send().expectInvalid("name");
        api.delete("/api/admin/order-views/" + saved.id()).as(other).send().expectProblem(404, "VIEW_NOT_FOUND");
        api.delete("/api/admin/order-views/" + saved.id()).as(mine).send().expect(204);
        assertEquals(0, api.get("/api/admin/order-views").as(mine).send().expect(200).array().size());
    }

    private Reply bulk(String action, List<UUID> orders, String key) {
        Api.Call call = api.post("/api/admin/orders/bulk").as(staff)
                .json(Map.of("action", action, "orderIds", orders.stream().map(UUID::toString).toList()));
        return (key == null ? call : call.header("Idempotency-Key", key)).send();
    }

    /** Orders the server confirmed once their cancellation window closed. */
    private List<UUID> confirmed(int count) {
        List<UUID> orders = IntStream.range(0, count).mapToObj(i -> shop.order(customer, mug)).toList();
        Instant deadline = Instant.now().plus(WINDOW.multipliedBy(20));
        for (UUID id : orders) {
            while (!"CONFIRMED".equals(api.get("/api/orders/" + id).as(staff).send().expect(200).text("status"))) {
                assertTrue(Instant.now().isBefore(deadline), "order " + id + " was not confirmed in time");
                pause();
            }
        }
        return orders;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
