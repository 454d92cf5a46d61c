package dev.conveyor.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.rest.security.Jwts;
import dev.conveyor.application.shared.LineRejectedException;
import dev.conveyor.application.shared.TooManyRequestsException;
import dev.conveyor.domain.order.InvalidStatusTransitionException;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.pricing.CouponUnavailableException;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every failure answers application/problem+json with a stable code, never a 500 for bad input. */
@MicronautTest
class ErrorResponsesTest extends ServerTestSupport {

    private static final String PRODUCT = "00000000-0000-7000-8000-000000000001";
    private static final String ADDRESS = "\"shippingAddress\":{\"name\":\"Ann\",\"line1\":\"1 Main St\","
            + "\"city\":\"Lyon\",\"postalCode\":\"69001\",\"country\":\"FR\"}";

    private ApiClient.Reply assertProblem(ApiClient.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.raw().body());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(code, reply.get("code"));
        assertEquals(status, reply.get("status"));
        assertEquals("https://conveyor.dev/problems/" + code.toLowerCase().replace('_', '-'), reply.get("type"));
        assertTrue(reply.get("title") instanceof String title && !title.isBlank());
        assertTrue(reply.get("detail") instanceof String detail && !detail.isBlank());
        String correlationId = reply.header("X-Correlation-Id");
        assertEquals(correlationId, reply.get("correlationId"), "the body and the header name the same request");
        return reply;
    }

    private ApiClient.Reply order(String body) {
        return api.send("POST", "/api/orders", body, tokenFor(Role.CUSTOMER));
    }

    @Test
    void anUnknownRouteIs404() {
        assertProblem(api.send("GET", "/api/nothing-here", null), 404, "NOT_FOUND");
    }

    @Test
    void aWrongMethodIs405() {
        assertProblem(api.send("DELETE", "/api/products", null), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        ApiClient.Reply reply = api.send(HttpRequestBuilders.post(api, "/api/auth/signup", "text/plain", "hello"));
        assertProblem(reply, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aMissingBodyIs400() {
        assertProblem(api.send(api.request("POST", "/api/auth/signup", null).header("Content-Type",
                "application/json")), 400, "MISSING_BODY");
    }

    @Test
    void brokenJsonIs400MalformedJson() {
        ApiClient.Reply reply = assertProblem(api.send("POST", "/api/auth/signup", "{\"email\": "), 400,
                "MALFORMED_JSON");
        assertFalse(reply.raw().body().contains("Exception"), reply.raw().body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"lines\":[{\"productId\":\"p\",\"quantity\":\"many\"}]}      | lines[0].quantity",
            "{\"lines\":[{\"productId\":{},\"quantity\":1}]}                | lines[0].productId",
            "{\"lines\":{}}                                                 | lines",
            "{\"lines\":[],\"shippingAddress\":[]}                          | shippingAddress",
            "{\"lines\":[{\"productId\":\"p\",\"quantity\":1},{\"quantity\":{}}]}   | lines[1].quantity"})
    void aValueOfTheWrongJsonTypeIsNamedByItsPath(String body, String path) {
        ApiClient.Reply reply = assertProblem(order(body), 400, "MALFORMED_JSON");
        assertEquals(path, reply.get("field"), reply.raw().body());
    }

    @Test
    void thePathIsNamedWhateverTheCharsetParameter() {
        ApiClient.Reply reply = api.send(HttpRequestBuilders.post(api, "/api/orders", "application/json; charset=UTF-8",
                "{\"lines\":[{\"productId\":\"p\",\"quantity\":\"two\"}]}")
                .header("Authorization", "Bearer " + tokenFor(Role.CUSTOMER)));

        assertProblem(reply, 400, "MALFORMED_JSON");
        assertEquals("lines[0].quantity", reply.get("field"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{" + ADDRESS + "}                                                  | lines",
            "{\"lines\":[]," + ADDRESS + "}                                     | lines",
            "{\"lines\":[null]," + ADDRESS + "}                                 | lines[0]",
            "{\"lines\":[{\"quantity\":1}]," + ADDRESS + "}                     | lines[0].productId",
            "{\"lines\":[{\"productId\":\"nope\",\"quantity\":1}]," + ADDRESS + "} | lines[0].productId",
            "{\"lines\":[{\"productId\":\"" + PRODUCT + "\"}]," + ADDRESS + "}                 | lines[0].quantity",
            "{\"lines\":[{\"productId\":\"" + PRODUCT + "\",\"quantity\":1.5}]," + ADDRESS + "} | lines[0].quantity",
            "{\"lines\":[{\"productId\":\"" + PRODUCT + "\",\"quantity\":0}]," + ADDRESS + "}   | lines[0].quantity",
            "{\"lines\":[{\"productId\":\"" + PRODUCT + "\",\"quantity\":1}]}                  | shippingAddress",
            "{\"lines\":[{\"productId\":\"" + PRODUCT + "\",\"quantity\":1}],"
                    + "\"shippingAddress\":{\"name\":\"Ann\"}}                                  | shippingAddress.line1"})
    void aMissingOrInvalidFieldIs400NamingIt(String body, String field) {
        ApiClient.Reply reply = assertProblem(order(body), 400, "VALIDATION_FAILED");
        assertEquals(field, reply.get("field"));
    }

    @Test
    void aMissingAddressPartIsNamedByItsPath() {
        ApiClient.Reply reply = assertProblem(order("{\"lines\":[{\"productId\":\"" + PRODUCT + "\",\"quantity\":1}],"
                + ADDRESS.replace("\"city\":\"Lyon\",", "\"city\":\"  \",") + "}"), 400, "VALIDATION_FAILED");
        assertEquals("shippingAddress.city", reply.get("field"));
    }

    @Test
    void aBadPathParameterIs400NamingIt() {
        ApiClient.Reply reply = assertProblem(api.send("GET", "/api/products/not-a-uuid", null), 400,
                "VALIDATION_FAILED");
        assertEquals("id", reply.get("field"));
    }

    @ParameterizedTest
    @CsvSource({"/api/products?page=abc, page", "/api/products?size=0, size", "/api/products?sort=weight, sort",
            "/api/products?direction=up, direction", "/api/orders?status=SHIPPED, status",
            "/api/orders?view=soon, view"})
    void aBadQueryParameterIs400NamingIt(String path, String parameter) {
        ApiClient.Reply reply = assertProblem(api.send("GET", path, null, tokenFor(Role.CUSTOMER)), 400,
                "VALIDATION_FAILED");
        assertEquals(parameter, reply.get("field"));
    }

    @Test
    void aBadIdempotencyKeyIs400NamingTheHeader() {
        String body = "{\"lines\":[{\"productId\":\"" + PRODUCT + "\",\"quantity\":1}]," + ADDRESS + "}";
        ApiClient.Reply reply = api.send(api.request("POST", "/api/orders", body)
                .header("Authorization", "Bearer " + tokenFor(Role.CUSTOMER))
                .header("Idempotency-Key", "x".repeat(300)));

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertEquals("Idempotency-Key", reply.get("field"));
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        String big = "{\"email\":\"" + "x".repeat(1_100_000) + "\"}";
        assertProblem(api.send("POST", "/api/auth/signup", big), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aChunkedBodyOverOneMebibyteIs413() {
        byte[] big = new byte[1_100_000];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';
        HttpRequest.Builder request = api.request("POST", "/api/auth/signup", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));

        assertProblem(api.send(request), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void noTokenOnAProtectedRouteIs401WithAChallenge() {
        ApiClient.Reply reply = assertProblem(api.send("GET", "/api/users/me", null), 401, "UNAUTHENTICATED");
        assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"), reply.header("WWW-Authenticate"));
    }

    @Test
    void tamperedExpiredAndUnsignedTokensAre401() {
        String valid = tokenFor(Role.CUSTOMER);
        String expired = accessTokens.issue(Fixtures.user(UserId.newId(), Role.CUSTOMER), 0,
                Instant.now().minus(Duration.ofHours(1))).value();

        assertEquals(200, api.send("GET", "/api/users/me", null, valid).status());
        assertProblem(api.send("GET", "/api/users/me", null, Jwts.withPayloadTampered(valid)), 401, "UNAUTHENTICATED");
        assertProblem(api.send("GET", "/api/users/me", null, expired), 401, "UNAUTHENTICATED");
        assertProblem(api.send("GET", "/api/users/me", null, Jwts.unsigned(valid)), 401, "UNAUTHENTICATED");
    }

    @Test
    void aForgedAdminTokenDoesNotOpenAdminRoutes() {
        String forged = Jwts.withPayloadTampered(tokenFor(Role.SELLER));

        assertProblem(api.send("GET", "/api/admin/users", null, forged), 401, "UNAUTHENTICATED");
    }

    @Test
    void theWrongRoleIs403() {
        assertProblem(api.send("GET", "/api/admin/users", null, tokenFor(Role.SELLER)), 403, "FORBIDDEN");
    }

    @Test
    void aRefusedTransitionIs409WithTheAllowedOnes() {
        core.failNext(new InvalidStatusTransitionException(OrderStatus.PENDING, OrderStatus.PROCESSING,
                Set.of(OrderStatus.CANCELLED, OrderStatus.CONFIRMED)));

        ApiClient.Reply reply = assertProblem(api.send("PATCH", "/api/orders/" + UUID.randomUUID() + "/status",
                "{\"status\":\"PROCESSING\"}", tokenFor(Role.STAFF)), 409, "INVALID_STATUS_TRANSITION");
        assertEquals("PENDING", reply.get("currentStatus"));
        assertEquals(List.of("CONFIRMED", "CANCELLED"), reply.get("allowedTransitions"));
    }

    @Test
    void anOutOfStockLineIs409WithTheProductAndQuantities() {
        UUID product = UUID.randomUUID();
        core.failNext(new LineRejectedException("OUT_OF_STOCK", "lines[0].productId", product, 5, 2,
                "only 2 available"));

        ApiClient.Reply reply = assertProblem(order("{\"lines\":[{\"productId\":\"" + product
                + "\",\"quantity\":5}]," + ADDRESS + "}"), 409, "OUT_OF_STOCK");
        assertEquals(product.toString(), reply.get("productId"));
        assertEquals(5, reply.get("requested"));
        assertEquals(2, reply.get("available"));
        assertEquals("lines[0].productId", reply.get("field"));
    }

    /** As placement answers when the claim of a coupon's use is refused. */
    @Test
    void aSpentCouponIs409NamingTheCouponCode() {
        core.failNext(CouponUnavailableException.exhausted("SPRING10"));

        ApiClient.Reply reply = assertProblem(order("{\"lines\":[{\"productId\":\"" + UUID.randomUUID()
                + "\",\"quantity\":1}]," + ADDRESS + "}"), 409, "COUPON_EXHAUSTED");
        assertEquals("couponCode", reply.get("field"));
    }

    @Test
    void anOrderOthersMayNotSeeIs404() {
        core.failNext(new NotFoundException("ORDER_NOT_FOUND", "order does not exist"));
        assertProblem(api.send("GET", "/api/orders/" + UUID.randomUUID(), null, tokenFor(Role.CUSTOMER)), 404,
                "ORDER_NOT_FOUND");
    }

    /** Answered from the cache on the event loop, the refusal completes the read's stage instead of being thrown. */
    @Test
    void aCachedOrderOthersMayNotSeeIs404Too() {
        OrderId held = OrderId.newId();
        core.hold(held);
        String customer = tokenFor(Role.CUSTOMER);
        // a user's first request loads their session marker on a blocking thread; the read below finds it cached
        assertEquals(200, api.send("GET", "/api/orders/" + held.value(), null, customer).status());

        core.failNext(new NotFoundException("ORDER_NOT_FOUND", "order does not exist"));
        assertProblem(api.send("GET", "/api/orders/" + held.value(), null, customer), 404, "ORDER_NOT_FOUND");
        assertTrue(core.lastCall().thread().contains("eventLoop"), core.lastCall().thread());
    }

    @Test
    void tooManyLoginsIs429WithRetryAfterInWholeSeconds() {
        core.failNext(new TooManyRequestsException("slow down", Duration.ofMillis(2_300)));

        ApiClient.Reply reply = assertProblem(api.send("POST", "/api/auth/login",
                "{\"email\":\"ann@example.com\",\"password\":\"whatever\"}"), 429, "TOO_MANY_REQUESTS");
        assertEquals("3", reply.header("Retry-After"));
    }

    @Test
    void anUnexpectedFailureIs500WithoutItsDetails() {
        core.failNext(new IllegalStateException("database password is hunter2"));

        ApiClient.Reply reply = assertProblem(api.send("GET", "/api/products", null), 500, "INTERNAL_ERROR");
        assertFalse(reply.raw().body().contains("hunter2"), reply.raw().body());
        assertFalse(reply.raw().body().contains("IllegalStateException"), reply.raw().body());
        assertNull(reply.get("field"));
    }

    @Test
    void errorsCarryTheClientsCorrelationId() {
        ApiClient.Reply reply = api.send(api.request("GET", "/api/users/me", null)
                .header("X-Correlation-Id", "client-7"));

        assertProblem(reply, 401, "UNAUTHENTICATED");
        assertEquals("client-7", reply.get("correlationId"));
    }
}
