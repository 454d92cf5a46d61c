package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the server tells browsers on every answer (content security policy,
 * nosniff, referrer policy, HSTS over HTTPS, no-store on the API), that the
 * UI's static paths only answer reads, and that without allowed origins no
 * foreign page may use the API. The browser tests show the UI works under the
 * policy.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersOverHttpTest implements TestPropertyProvider {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Api api;
    private HttpShop shop;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(), "conveyor.http.trust-forwarded-for", "true");
    }

    @BeforeAll
    void client() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/app/main.js", "/webjars/preact/10.28.0/dist/preact.module.js",
            "/swagger-ui/index.html", "/api/products", "/api/users/me", "/api/nothing-here", "/healthz", "/nothing"})
    void everyAnswerCarriesTheBrowserPolicies(String path) {
        Reply reply = api.get(path).send();

        assertTrue(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"), reply::toString);
        assertEquals("nosniff", reply.header("X-Content-Type-Options"));
        assertEquals("no-referrer", reply.header("Referrer-Policy"));
        assertNull(reply.header("Strict-Transport-Security"), "plain HTTP gets no HSTS");
    }

    @Test
    void theUiPageMayRunOnlyItsOwnScriptsAndItsImportMap() throws Exception {
        Reply page = api.get("/").send().expect(200);
        String policy = page.header("Content-Security-Policy");

        Matcher importMap = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page.text());
        assertTrue(importMap.find(), page::toString);
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(importMap.group(1).getBytes(StandardCharsets.UTF_8)));
        assertTrue(policy.contains("script-src 'self' 'sha256-" + hash + "';"), policy);
        assertTrue(policy.contains("default-src 'self'") && policy.contains("object-src 'none'"), policy);
        assertTrue(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"), policy);
    }

    /** PaymentOptionsOverHttpTest: what changes when Stripe is configured. */
    @Test
    void withoutStripeNoCardIsOfferedAndTheUiPageMayNotLoadStripeJs() {
        Reply options = api.get("/api/payments/options").send().expect(200);
        assertEquals(Boolean.FALSE, options.at("card"), options::toString);
        assertTrue(((Map<?, ?>) options.body()).containsKey("stripePublishableKey")
                && options.at("stripePublishableKey") == null, options::toString);

        String policy = api.get("/").send().expect(200).header("Content-Security-Policy");
        assertTrue(!policy.contains("stripe") && !policy.contains("frame-src"), policy);
    }

    @Test
    void apiAnswersLoadNothingAndAreNeverStored() {
        Reply catalogue = api.get("/api/products").send().expect(200);
        assertTrue(catalogue.header("Content-Security-Policy").startsWith("default-src 'none';"), catalogue::toString);
        assertEquals("no-store", catalogue.header("Cache-Control"));
        assertEquals("no-store", api.get("/api/users/me").send().expectProblem(401, "UNAUTHENTICATED")
                .header("Cache-Control"));
    }

    @Test
    void answersCarryingTokensAreNeverStored() {
        String email = HttpShop.newEmail("no-store");
        assertEquals("no-store", shop.signUp(email).expect(201).header("Cache-Control"));
        Reply login = shop.logIn(email, HttpShop.PASSWORD).expect(200);
        assertEquals("no-store", login.header("Cache-Control"));
        assertEquals("no-store", shop.refresh(login.text("refreshToken")).expect(200).header("Cache-Control"));
        Reply cookieLogin = api.post("/api/auth/login").header("X-Auth-Mode", "cookie")
                .json(Map.of("email", email, "password", HttpShop.PASSWORD)).send().expect(200);
        assertEquals("no-store", cookieLogin.header("Cache-Control"));
    }

    @Test
    void hstsIsSentWhenTheTrustedProxySaysTheClientCameOverHttps() {
        Reply reply = api.get("/api/products").header("X-Forwarded-Proto", "https").send().expect(200);
        assertEquals("max-age=31536000; includeSubDomains", reply.header("Strict-Transport-Security"));
        assertEquals("max-age=31536000; includeSubDomains", api.get("/").header("X-Forwarded-Proto", "https")
                .send().expect(200).header("Strict-Transport-Security"));
        assertNull(api.get("/").header("X-Forwarded-Proto", "http").send().header("Strict-Transport-Security"));
    }

    @ParameterizedTest
    @CsvSource({"TRACE, /", "PROPFIND, /", "DELETE, /", "POST, /", "PUT, /index.html", "DELETE, /app/main.js",
            "POST, /webjars/preact/10.28.0/dist/preact.module.js", "OPTIONS, /", "PATCH, /swagger-ui/index.html",
            "POST, /nothing"})
    void theUiAndItsFilesOnlyAnswerReads(String method, String path) {
        Reply reply = api.call(method, path).send().expectProblem(405, "METHOD_NOT_ALLOWED");

        assertEquals(Set.of("GET", "HEAD"), Set.of(reply.header("Allow").replace(" ", "").split(",")),
                reply::toString);
        assertTrue(!reply.text().contains("<html"), reply::toString);
    }

    @Test
    void apiRoutesStillNameTheirOwnMethods() {
        Reply reply = api.call("TRACE", "/api/products").send().expectProblem(405, "METHOD_NOT_ALLOWED");
        assertTrue(reply.header("Allow").contains("POST"), reply::toString);
    }

    @Test
    void withoutAllowedOriginsNoForeignPageMayUseTheApi() {
        Reply preflight = api.call("OPTIONS", "/api/products").header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET").send();
        assertTrue(preflight.status() >= 400, preflight::toString);
        assertNull(preflight.header("Access-Control-Allow-Origin"), preflight::toString);

        Reply read = api.get("/api/products").header("Origin", "https://elsewhere.example").send();
        assertNull(read.header("Access-Control-Allow-Origin"), read::toString);
        assertNull(read.header("Access-Control-Allow-Credentials"), read::toString);
    }
}
