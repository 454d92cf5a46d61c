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
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A page of a listed origin may use the API with credentials; any other
 * origin gets no CORS grant. The same setting admits pages to {@code /ws}
 * (LiveUpdatesOverHttpTest).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorsOverHttpTest implements TestPropertyProvider {

    private static final String SHOP = "https://shop.example";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Api api;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(), "conveyor.http.allowed-origins",
                SHOP + ", https://back-office.example");
    }

    @BeforeAll
    void client() {
        api = new Api(server.getURL(), json);
    }

    @Test
    void aListedOriginsPreflightIsGrantedWithCredentials() {
        Reply preflight = api.call("OPTIONS", "/api/orders").header("Origin", SHOP)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key").send();

        assertEquals(200, preflight.status(), preflight::toString);
        assertEquals(SHOP, preflight.header("Access-Control-Allow-Origin"));
        assertEquals("true", preflight.header("Access-Control-Allow-Credentials"));
        assertEquals("POST", preflight.header("Access-Control-Allow-Methods"));
        String allowedHeaders = String.join(",", preflight.headers().allValues("Access-Control-Allow-Headers"))
                .toLowerCase(Locale.ROOT);
        for (String header : List.of("authorization", "content-type", "idempotency-key")) {
            assertTrue(allowedHeaders.contains(header), allowedHeaders);
        }
        assertEquals("3600", preflight.header("Access-Control-Max-Age"));
    }

    @Test
    void aListedOriginsRequestMayReadTheAnswerAndItsHeaders() {
        Reply reply = api.get("/api/products").header("Origin", "https://back-office.example").send().expect(200);

        assertEquals("https://back-office.example", reply.header("Access-Control-Allow-Origin"));
        assertEquals("true", reply.header("Access-Control-Allow-Credentials"));
        assertTrue(reply.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Origin")), reply::toString);
        String exposed = String.join(",", reply.headers().allValues("Access-Control-Expose-Headers"));
        assertTrue(exposed.contains("X-Correlation-Id") && exposed.contains("Retry-After"), exposed);
    }

    @Test
    void anyOtherOriginIsRefused() {
        Reply preflight = api.call("OPTIONS", "/api/orders").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").send();
        assertTrue(preflight.status() >= 400, preflight::toString);
        assertNull(preflight.header("Access-Control-Allow-Origin"), preflight::toString);

        Reply lookalike = api.get("/api/products").header("Origin", SHOP + ".evil.example").send();
        assertNull(lookalike.header("Access-Control-Allow-Origin"), lookalike::toString);
    }

    @Test
    void aListedOriginMayNotUseAMethodTheApiDoesNotOffer() {
        Reply preflight = api.call("OPTIONS", "/api/orders").header("Origin", SHOP)
                .header("Access-Control-Request-Method", "TRACE").send();
        assertNull(preflight.header("Access-Control-Allow-Origin"), preflight::toString);
    }
}
