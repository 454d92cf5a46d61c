package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The back office as a client sees it, on PostgreSQL: the list's JSON, the CSV export, the dashboard. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackOfficeOverHttpTest implements TestPropertyProvider {

    /** A name CSV must quote: a comma, quotes and a line break. */
    private static final String AWKWARD_NAME = "Ada \"Countess\" Lovelace, of\nLondon";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Api api;
    private HttpShop shop;
    private Session staff;
    private Session seller;
    private Session ada;
    private final List<UUID> orders = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(), "conveyor.orders.cancellation-window", "1h");
    }

    @BeforeAll
    void seed() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
        staff = shop.user("STAFF");
        seller = shop.user("SELLER");
        UUID mug = shop.product(seller, 100);
        String email = HttpShop.newEmail("ada");
        api.post("/api/auth/signup").json(Map.of("email", email, "password", HttpShop.PASSWORD, "name", AWKWARD_NAME))
                .send().expect(201);
        ada = Session.of(shop.logIn(email, HttpShop.PASSWORD).expect(200));
        Session bob = shop.customer();
        for (int i = 1; i <= 5; i++) {
            orders.add(shop.placeOrder(i % 2 == 0 ? bob : ada, mug, i).expect(201).id());
        }
        api.post("/api/orders/" + orders.get(1) + "/cancel").as(bob).json(Map.of("reason", "mistake")).send()
                .expect(200);
        api.post("/api/orders/" + orders.get(2) + "/payments").as(staff)
                .header("Idempotency-Key", "p-" + UUID.randomUUID())
                .json(Map.of("method", "CASH", "amount", Map.of("amountMinor", 1000, "currency", "EUR"))).send()
                .expect(201);
    }

    @Test
    void theListPagesSortsAndFiltersTheOrdersOfASeller() {
        Reply first = list("sellerId=" + seller.userId() + "&sort=total,desc&size=2").expect(200);
        assertEquals(5, first.number("total"));
        assertEquals("true", first.text("totalExact"));
        assertEquals(2, first.number("size"));
        assertEquals(List.of(orders.get(4).toString(), orders.get(3).toString()), first.itemsText("id"));
        Reply last = list("sellerId=" + seller.userId() + "&sort=total,desc&size=2&page=2").expect(200);
        assertEquals(List.of(orders.get(0).toString()), last.itemsText("id"));

        assertEquals(List.of(orders.get(1).toString()),
                list("sellerId=" + seller.userId() + "&status=CANCELLED").expect(200).itemsText("id"));
        assertEquals(List.of(orders.get(2).toString()), list("sellerId=" + seller.userId()
                + "&paymentStatus=partially_paid&fulfilmentStatus=UNFULFILLED").expect(200).itemsText("id"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals(5, list("sellerId=" + seller.userId() + "&from=" + today + "&to=" + today).expect(200)
                .number("total"), "a date 'to' includes its whole day");
        assertEquals(3, list("q=" + encode("countess")).expect(200).number("total"));
    }

    @Test
    void everyItemNamesItsCustomerBesidesTheOrderJson() {
        Reply listed = list("sellerId=" + seller.userId() + "&sort=createdAt,asc&size=2").expect(200);

        assertEquals(orders.get(0).toString(), listed.text("items.0.id"));
        assertEquals(ada.userId().toString(), listed.text("items.0.customerId"));
        assertEquals(Map.of("id", ada.userId().toString(), "email", ada.email(), "name", AWKWARD_NAME),
                listed.at("items.0.customer"));
        assertEquals(listed.text("items.1.customerId"), listed.text("items.1.customer.id"));
        assertEquals("Test user", listed.text("items.1.customer.name"));
    }

    @Test
    void badParametersAnswer400NamingThem() {
        list("sort=colour").expectInvalid("sort");
        list("sort=total,sideways").expectInvalid("sort");
        list("status=LOST").expectInvalid("status");
        list("fulfilmentStatus=LOST").expectInvalid("fulfilmentStatus");
        list("from=yesterday").expectInvalid("from");
        list("from=2026-02-02&to=2026-02-01").expectInvalid("to");
        list("sellerId=me").expectInvalid("sellerId");
        assertEquals(100, list("size=1000").expect(200).number("size"));
    }

    @Test
    void theExportParsesBackToTheRowsOfTheList() throws IOException {
        String filters = "sellerId=" + seller.userId() + "&sort=createdAt,asc";
        Reply listed = list(filters + "&size=100").expect(200);

        Reply csv = api.get("/api/admin/orders/export?" + filters).as(staff).send().expect(200);

        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.header("Content-Disposition").contains("orders.csv"), csv.header("Content-Disposition"));
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.text()))) {
            assertEquals(List.of("number", "id", "placedAt", "confirmedAt", "cancelledAt", "updatedAt",
                    "customerId", "customerEmail", "customerName", "status", "paymentStatus", "fulfillmentStatus",
                    "progress", "lines", "units", "currency", "total", "net", "tax", "shipping", "discount", "paid", "due",
                    "shipCity", "shipCountry"),
                    parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(5, rows.size());
            for (int i = 0; i < rows.size(); i++) {
                CSVRecord row = rows.get(i);
                String item = "items." + i + ".";
                assertEquals(listed.text(item + "id"), row.get("id"));
                assertEquals(listed.text(item + "number"), row.get("number"));
                assertEquals(listed.text(item + "status"), row.get("status"));
                assertEquals(listed.text(item + "paymentStatus"), row.get("paymentStatus"));
                assertEquals(listed.text(item + "fulfillmentStatus"), row.get("fulfillmentStatus"));
                assertEquals(listed.text(item + "customerId"), row.get("customerId"));
                assertEquals(listed.text(item + "customer.email"), row.get("customerEmail"));
                assertEquals(listed.text(item + "customer.name"), row.get("customerName"));
                assertEquals(listed.number(item + "total.amountMinor"),
                        new BigDecimal(row.get("total")).movePointRight(2).longValueExact());
                assertEquals(listed.text(item + "total.currency"), row.get("currency"));
                assertEquals(listed.number(item + "price.totals.net"),
                        new BigDecimal(row.get("net")).movePointRight(2).longValueExact());
                assertEquals(listed.number(item + "price.totals.tax"),
                        new BigDecimal(row.get("tax")).movePointRight(2).longValueExact());
                assertEquals(listed.number(item + "price.totals.discount"),
                        new BigDecimal(row.get("discount")).movePointRight(2).longValueExact());
                assertEquals("0.00", row.get("shipping"), "ordered without a shipping method");
                assertEquals(listed.number(item + "lines.0.quantity"), Long.parseLong(row.get("units")));
                assertEquals(Instant.parse(listed.text(item + "placedAt")),
                        Instant.parse(row.get("placedAt")));
            }
            assertEquals(AWKWARD_NAME, rows.get(0).get("customerName"));
            assertEquals("10.00", rows.get(2).get("paid"));
            assertEquals("49.97", rows.get(2).get("due"));
            assertEquals("", rows.get(0).get("cancelledAt"));
        }
    }

    @Test
    void theDashboardAndTodaysDeliveriesAnswerTheirShapes() {
        Reply stats = api.get("/api/admin/stats").as(staff).send().expect(200);
        assertEquals(5, stats.number("orders"));
        assertEquals(1, stats.number("byStatus.CANCELLED"));
        assertEquals(4, stats.number("byStatus.PENDING"));
        assertEquals(0, stats.number("byStatus.COMPLETED"));
        assertEquals(1, stats.number("byPaymentStatus.PARTIALLY_PAID"));
        assertEquals(5, stats.number("byFulfillmentStatus.UNFULFILLED"));
        assertEquals((1 + 3 + 4 + 5) * 1999, stats.number("revenue.0.amountMinor"));
        assertEquals(stats.text("revenue.0.currency"), stats.text("revenueNet.0.currency"));
        assertTrue(stats.number("revenueNet.0.amountMinor") <= stats.number("revenue.0.amountMinor"));
        assertEquals((1 + 3 + 4 + 5) * 1999 - 1000, stats.number("unpaid.0.amountMinor"));
        assertEquals(24, stats.list("perHour").size());
        assertEquals(30, stats.list("perDay").size());
        assertEquals(5, stats.number("perDay.29.orders"));

        Reply today = api.get("/api/admin/deliveries/today").as(staff).send().expect(200);
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), today.text("day"));
        assertEquals(0, today.number("count"));
        assertEquals(List.of(), today.list("value"));
    }

    private Reply list(String query) {
        return api.get("/api/admin/orders?" + query).as(staff).send();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
