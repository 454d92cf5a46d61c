package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a client sends, the answer is a precise 4xx in problem+json with a
 * stable code (and the field, for validation), never a 500 and never a
 * half-written order. Runs on the embedded default, an H2 file database.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpRobustnessTest implements TestPropertyProvider {

    private static final int ATTEMPTS_PER_ACCOUNT = 3;
    private static final String ADDRESS = "\"shippingAddress\":{\"name\":\"Ann\",\"line1\":\"1 Main St\","
            + "\"city\":\"Lyon\",\"postalCode\":\"69001\",\"country\":\"FR\"}";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Api api;
    private HttpShop shop;
    private Session customer;
    private Session seller;
    private Session staff;
    private UUID product;
    private UUID order;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.h2(),
                "conveyor.security.login.attempts-per-account", String.valueOf(ATTEMPTS_PER_ACCOUNT),
                "conveyor.security.login.window", "1m");
    }

    @BeforeAll
    void buildTheShop() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
        customer = shop.customer();
        seller = shop.user("SELLER");
        staff = shop.user("STAFF");
        product = shop.product(seller, 10);
        order = shop.order(shop.customer(), product);
    }

    /** {@code {P}} in a body stands for the id of a real product. */
    private Reply placeOrder(String body) {
        return api.post("/api/orders").as(customer).json(body.replace("{P}", product.toString())).send();
    }

    /** The refused orders left nothing behind: no order for the customer, no stock held. */
    private void assertNothingWritten() {
        assertEquals(0, api.get("/api/orders").as(customer).send().expect(200).number("total"));
        assertEquals(1, shop.productView(product).number("stock.reserved"), "only the setup's order holds stock");
    }

    // ---- bodies ------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"{\"lines\": [", "not json at all", "{\"lines\":[{\"productId\":\"{P}\",}]}", "{'a':1}"})
    void brokenJsonIs400MalformedJson(String body) {
        placeOrder(body).expectProblem(400, "MALFORMED_JSON");
        assertNothingWritten();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"lines\":[{\"productId\":\"{P}\",\"quantity\":\"two\"}]," + ADDRESS + "}   | lines[0].quantity",
            "{\"lines\":[{\"productId\":{\"id\":1},\"quantity\":1}]," + ADDRESS + "}     | lines[0].productId",
            "{\"lines\":{\"productId\":\"{P}\"}," + ADDRESS + "}                         | lines",
            "{\"lines\":[{\"productId\":\"{P}\",\"quantity\":1}],\"shippingAddress\":[]}  | shippingAddress",
            "{\"lines\":[{\"productId\":\"{P}\",\"quantity\":{}}]," + ADDRESS + "}        | lines[0].quantity"})
    void aValueOfTheWrongTypeIs400NamingItsPath(String body, String field) {
        assertEquals(field, placeOrder(body).expectProblem(400, "MALFORMED_JSON").text("field"));
        assertNothingWritten();
    }

    /** Numbers must be JSON numbers, booleans true or false, text JSON strings: nothing is coerced. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CUSTOMER | POST  | /api/orders   | {\"lines\":[{\"productId\":\"{P}\",\"quantity\":true}]," + ADDRESS + "} | lines[0].quantity",
            "CUSTOMER | POST  | /api/orders   | {\"lines\":[{\"productId\":\"{P}\",\"quantity\":\"5\"}]," + ADDRESS + "} | lines[0].quantity",
            "CUSTOMER | POST  | /api/orders   | {\"lines\":[{\"productId\":\"{P}\",\"quantity\":1}],\"shippingAddress\":{\"name\":\"Ann\",\"line1\":1,\"city\":\"Lyon\",\"postalCode\":\"69001\",\"country\":\"FR\"}} | shippingAddress.line1",
            "CUSTOMER | POST  | /api/cart/lines | {\"productId\":\"{P}\",\"quantity\":\"2\"}          | quantity",
            "CUSTOMER | PATCH | /api/users/me | {\"name\":5}                                            | name",
            "SELLER   | PATCH | /api/products/{P} | {\"active\":\"false\"}                              | active",
            "SELLER   | PATCH | /api/products/{P} | {\"active\":0}                                        | active",
            "SELLER   | POST  | /api/products/{P}/stock-adjustments | {\"kind\":\"RESTOCK\",\"quantity\":\"3\"} | quantity",
            "SELLER   | POST  | /api/products | {\"sku\":\"TYPED\",\"name\":\"x\",\"category\":\"c\",\"price\":{\"amountMinor\":\"100\",\"currency\":\"EUR\"}} | price.amountMinor",
            "STAFF    | PATCH | /api/orders/{O}/status | {\"status\":true}                                 | status",
            "ADMIN    | POST  | /api/events/replay | {\"from\":\"1\",\"to\":2}                            | from",
            "NOBODY   | POST  | /api/auth/signup | {\"email\":\"typed@conveyor.test\",\"password\":\"long enough password\",\"name\":false} | name"})
    void aValueOfAnotherJsonTypeIsNotCoercedButRefusedNamingItsPath(String caller, String method, String path,
                                                                    String body, String field) {
        Api.Call call = api.call(method, resolve(path)).json(body.replace("{P}", product.toString()));
        Session session = switch (caller) {
            case "CUSTOMER" -> customer;
            case "SELLER" -> seller;
            case "STAFF" -> staff;
            case "ADMIN" -> shop.admin();
            default -> null;
        };
        Reply reply = (session == null ? call : call.as(session)).send();

        assertEquals(field, reply.expectProblem(400, "MALFORMED_JSON").text("field"));
        assertNothingWritten();
        assertEquals(0, api.get("/api/cart").as(customer).send().expect(200).list("lines").size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{" + ADDRESS + "}                                                         | lines",
            "{\"lines\":[]," + ADDRESS + "}                                            | lines",
            "{\"lines\":[{\"quantity\":1}]," + ADDRESS + "}                            | lines[0].productId",
            "{\"lines\":[{\"productId\":\"{P}\"}]," + ADDRESS + "}                     | lines[0].quantity",
            "{\"lines\":[{\"productId\":\"{P}\",\"quantity\":1}]}                      | shippingAddress",
            "{\"lines\":[{\"productId\":\"{P}\",\"quantity\":1}],\"shippingAddress\":{\"name\":\"Ann\"}} "
                    + "| shippingAddress.line1",
            "{\"lines\":[{\"productId\":\"nope\",\"quantity\":1}]," + ADDRESS + "}     | lines[0].productId",
            "{\"lines\":[{\"productId\":\"{P}\",\"quantity\":1.5}]," + ADDRESS + "}    | lines[0].quantity",
            "{\"lines\":[{\"productId\":\"{P}\",\"quantity\":0}]," + ADDRESS + "}      | lines[0].quantity",
            "{\"lines\":[{\"productId\":\"{P}\",\"quantity\":-1}]," + ADDRESS + "}     | lines[0].quantity",
            "{\"lines\":[{\"productId\":\"{P}\",\"quantity\":1e12}]," + ADDRESS + "}   | lines[0].quantity"})
    void aMissingOrInvalidOrderFieldIs400NamingIt(String body, String field) {
        placeOrder(body).expectInvalid(field);
        assertNothingWritten();
    }

    @Test
    void anOrderForAProductThatDoesNotExistIs400NamingTheLine() {
        placeOrder("{\"lines\":[{\"productId\":\"{P}\",\"quantity\":1},{\"productId\":\"" + UUID.randomUUID()
                + "\",\"quantity\":1}]," + ADDRESS + "}").expectInvalid("lines[1].productId");
        assertNothingWritten();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POST  | /api/auth/signup                  | {\"password\":\"long enough password\"}  | email",
            "POST  | /api/auth/signup                  | {\"email\":\"x@conveyor.test\"}          | password",
            "POST  | /api/auth/signup                  | {\"email\":\"no-at-sign\",\"password\":\"long enough password\"} | email",
            "POST  | /api/auth/signup                  | {\"email\":\"a@conveyor.test\",\"password\":\"short\"} | password",
            "POST  | /api/auth/signup                  | {\"email\":\"<script>@x.y\",\"password\":\"long enough password\"} | email",
            "POST  | /api/auth/signup                  | {\"email\":\"a..b@conveyor.test\",\"password\":\"long enough password\"} | email",
            "POST  | /api/auth/signup                  | {\"email\":\"same@conveyor.test\",\"password\":\"same@conveyor.test\"} | password",
            "POST  | /api/auth/signup                  | {\"email\":\"margaret@conveyor.test\",\"password\":\"I am Margaret, 1980\"} | password",
            "POST  | /api/products                     | {\"name\":\"No SKU\",\"category\":\"c\",\"price\":{\"amountMinor\":1,\"currency\":\"EUR\"}} | sku",
            "POST  | /api/products                     | {\"sku\":\"NO-PRICE\",\"name\":\"No price\",\"category\":\"c\"} | price",
            "POST  | /api/products                     | {\"sku\":\"NO-CUR\",\"name\":\"x\",\"category\":\"c\",\"price\":{\"amountMinor\":1}} | price.currency",
            "POST  | /api/products                     | {\"sku\":\"BAD-SELLER\",\"name\":\"x\",\"category\":\"c\",\"price\":{\"amountMinor\":1,\"currency\":\"EUR\"},\"sellerId\":\"nope\"} | sellerId",
            "POST  | /api/products                     | {\"sku\":\"HALF\",\"name\":\"x\",\"category\":\"c\",\"price\":{\"amountMinor\":1,\"currency\":\"EUR\"},\"initialStock\":0.5} | initialStock",
            "POST  | /api/products/{P}/stock-adjustments | {\"quantity\":1}                        | kind",
            "POST  | /api/products/{P}/stock-adjustments | {\"kind\":\"GIFT\",\"quantity\":1}       | kind",
            "POST  | /api/products/{P}/stock-adjustments | {\"kind\":\"RESTOCK\"}                   | quantity",
            "PATCH | /api/orders/{O}/status            | {}                                      | status",
            "PATCH | /api/orders/{O}/status            | {\"status\":\"SHIPPEDX\"}               | status",
            "PATCH | /api/admin/users/{U}/role         | {}                                      | role",
            "PATCH | /api/admin/users/{U}/role         | {\"role\":\"GOD\"}                      | role",
            "PATCH | /api/users/me                     | {\"phone\":\"call me\"}                 | phone"})
    void aMissingOrUnknownValueIs400NamingTheField(String method, String path, String body, String field) {
        Session caller = path.startsWith("/api/admin") ? shop.admin()
                : path.startsWith("/api/orders") ? staff : path.startsWith("/api/users") ? customer : seller;
        api.call(method, resolve(path)).as(caller).json(body).send().expectInvalid(field);
    }

    private String resolve(String path) {
        return path.replace("{P}", product.toString()).replace("{O}", order.toString())
                .replace("{U}", customer.userId().toString());
    }

    // ---- paths and query parameters -----------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"GET, /api/products/not-a-uuid", "GET, /api/orders/123", "POST, /api/orders/xyz/cancel",
            "GET, /api/products/00000000-0000-0000-0000/stock-adjustments"})
    void aBadIdInThePathIs400NamingIt(String method, String path) {
        api.call(method, path).as(staff).send().expectInvalid("id");
    }

    @Test
    void aBadIdInThePathOfAChangeIs400NamingIt() {
        api.patch("/api/orders/zzz/status").as(staff).json(Map.of("status", "PROCESSING")).send()
                .expectInvalid("id");
        api.patch("/api/admin/users/zzz/role").as(shop.admin()).json(Map.of("role", "STAFF")).send()
                .expectInvalid("id");
        api.patch("/api/products/zzz").as(seller).json(Map.of("name", "x")).send()
                .expectInvalid("id");
    }

    @ParameterizedTest
    @CsvSource({"/api/products?page=-1, page", "/api/products?page=abc, page", "/api/products?size=0, size",
            "/api/products?size=-5, size", "/api/products?size=1.5, size", "/api/products?sort=weight, sort",
            "/api/products?direction=sideways, direction", "/api/manage/products?sort=colour, sort",
            "/api/orders?status=LOST, status", "'/api/orders?status=PENDING,NOPE', status", "/api/orders?view=soon, view",
            "/api/orders?page=-1, page", "/api/admin/users?role=KING, role",
            "/api/products/{P}/stock-adjustments?page=x, page"})
    void aBadQueryParameterIs400NamingIt(String path, String parameter) {
        Session caller = path.startsWith("/api/admin") ? shop.admin() : path.startsWith("/api/orders") ? customer
                : seller;
        api.get(resolve(path)).as(caller).send().expectInvalid(parameter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/products", "/api/manage/products", "/api/orders", "/api/admin/users",
            "/api/products/{P}/stock-adjustments"})
    void aPageSizeAboveTheCapIsCappedNotRefused(String path) {
        Session caller = path.startsWith("/api/admin") ? shop.admin() : path.startsWith("/api/orders") ? customer
                : seller;
        Reply page = api.get(resolve(path) + "?size=1000&page=0").as(caller).send().expect(200);
        assertEquals(100, page.number("size"));
        assertEquals(0, page.number("page"));
    }

    // ---- the protocol ----------------------------------------------------------------------------

    @Test
    void aBodyOfTwoMebibytesIs413() {
        byte[] big = new byte[2 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        byte[] start = ("{\"notes\":\"" + "n".repeat(16) + "\",").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, big, 0, start.length);
        big[big.length - 1] = '}';

        api.post("/api/orders").as(customer).body("application/json", big).send()
                .expectProblem(413, "PAYLOAD_TOO_LARGE");
        api.post("/api/auth/signup").body("application/json", big).send().expectProblem(413, "PAYLOAD_TOO_LARGE");
        assertNothingWritten();
    }

    // ---- correlation ids -------------------------------------------------------------------------

    @Test
    void aValidCorrelationIdIsEchoedOnSuccessesAndErrors() {
        String id = "client-7.trace:42_" + UUID.randomUUID();

        assertEquals(id, api.get("/api/products").header("X-Correlation-Id", id).send().expect(200)
                .header("X-Correlation-Id"));
        Reply error = api.get("/api/users/me").header("X-Correlation-Id", id).send()
                .expectProblem(401, "UNAUTHENTICATED");
        assertEquals(id, error.header("X-Correlation-Id"));
        assertEquals(id, error.text("correlationId"));
    }

    @Test
    void aMissingCorrelationIdIsGenerated() {
        String first = api.get("/api/products").send().expect(200).header("X-Correlation-Id");
        String second = api.get("/api/products").send().expect(200).header("X-Correlation-Id");

        assertNotNull(first);
        assertNotEquals(first, second);
        UUID.fromString(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has spaces in it", "semi;colon", "quote\"d", "<script>", "tab\there"})
    void anInvalidCorrelationIdIsReplaced(String invalid) {
        assertReplaced(invalid);
    }

    @Test
    void anOverlongCorrelationIdIsReplaced() {
        assertReplaced("x".repeat(101));
    }

    private void assertReplaced(String invalid) {
        Reply reply = api.get("/api/orders/" + UUID.randomUUID()).as(customer).header("X-Correlation-Id", invalid)
                .send().expectProblem(404, "ORDER_NOT_FOUND");
        String generated = reply.header("X-Correlation-Id");
        assertNotEquals(invalid, generated);
        UUID.fromString(generated);
    }

    // ---- login rate limit ------------------------------------------------------------------------

    @Test
    void tooManyLoginAttemptsOnOneAccountAre429WithRetryAfter() {
        Session victim = shop.customer(); // its login was the first attempt
        for (int i = 1; i < ATTEMPTS_PER_ACCOUNT; i++) {
            shop.logIn(victim.email(), "wrong password " + i).expectProblem(401, "UNAUTHENTICATED");
        }

        Reply limited = shop.logIn(victim.email(), "one wrong password too many").expectProblem(429,
                "TOO_MANY_REQUESTS");
        Reply evenTheRightPassword = shop.logIn(victim.email(), HttpShop.PASSWORD).expectProblem(429,
                "TOO_MANY_REQUESTS");

        for (Reply reply : new Reply[] {limited, evenTheRightPassword}) {
            long retryAfter = Long.parseLong(reply.header("Retry-After"));
            assertTrue(retryAfter >= 1 && retryAfter <= 60, reply::toString);
        }
        Session other = shop.customer();
        shop.logIn(other.email(), HttpShop.PASSWORD).expect(200);
    }
}
