package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the web UI needs from the server: its static files at / for anyone, and the cookie mode: HttpOnly SameSite=Strict session cookies, a readable CSRF token that unsafe
 * requests must echo, refresh and logout from the cookie; bearer clients are untouched.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiOverHttpTest implements TestPropertyProvider {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Api api;
    private HttpShop shop;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.h2();
    }

    @BeforeEach
    void client() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
    }

    /** The Set-Cookie headers of a reply, by cookie name. */
    private static Map<String, String> setCookies(Reply reply) {
        return reply.headers().allValues("Set-Cookie").stream()
                .collect(Collectors.toMap(header -> header.substring(0, header.indexOf('=')), header -> header,
                        (a, b) -> b, LinkedHashMap::new));
    }

    private static String valueOf(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    /** The cookies a browser would send back to /api/... paths. */
    private static String cookieHeader(Map<String, String> cookies, boolean authPath) {
        return cookies.entrySet().stream()
                .filter(e -> authPath || !e.getKey().equals("CONVEYOR_REFRESH"))
                .map(e -> e.getKey() + "=" + valueOf(e.getValue())).collect(Collectors.joining("; "));
    }

    private Map<String, String> cookieLogin(String email) {
        Reply login = api.post("/api/auth/login").header("X-Auth-Mode", "cookie")
                .json(Map.of("email", email, "password", HttpShop.PASSWORD)).send().expect(200);
        assertNull(login.at("accessToken"), "tokens stay out of reach of scripts: " + login);
        assertNull(login.at("refreshToken"), login::toString);
        assertEquals(email, login.text("user.email"));
        return setCookies(login);
    }

    private String newCustomer() {
        String email = HttpShop.newEmail("cookie");
        shop.signUp(email).expect(201);
        return email;
    }

    @Test
    void theWebUiAndItsLibrariesAreServedToAnyone() {
        Reply index = api.get("/").send().expect(200);
        assertTrue(index.header("Content-Type").startsWith("text/html"), index::toString);
        assertTrue(index.text().contains("/app/main.js") && index.text().contains("importmap"), index::toString);
        Reply app = api.get("/app/main.js").send().expect(200);
        assertTrue(app.header("Content-Type").contains("javascript"), app::toString);
        Reply preact = api.get("/webjars/preact/10.28.0/dist/preact.module.js").send().expect(200);
        assertTrue(preact.header("Content-Type").contains("javascript"), preact::toString);
        api.get("/app/missing.js").send().expectProblem(404, "NOT_FOUND");
        // the UI's anonymous paths do not open the API
        api.get("/api/users/me").send().expectProblem(401, "UNAUTHENTICATED");
    }

    @Test
    void aCookieLoginSetsHttpOnlyStrictSessionCookiesAndAReadableCsrfToken() {
        Map<String, String> cookies = cookieLogin(newCustomer());

        String access = cookies.get("CONVEYOR_ACCESS").toLowerCase(Locale.ROOT);
        String refresh = cookies.get("CONVEYOR_REFRESH").toLowerCase(Locale.ROOT);
        String csrf = cookies.get("CONVEYOR_CSRF").toLowerCase(Locale.ROOT);
        assertTrue(access.contains("httponly") && access.contains("samesite=strict") && access.contains("path=/;"),
                access);
        assertTrue(refresh.contains("httponly") && refresh.contains("samesite=strict")
                && refresh.contains("path=/api/auth"), refresh);
        assertFalse(csrf.contains("httponly"), "the page's scripts must read the CSRF token: " + csrf);
        assertTrue(csrf.contains("samesite=strict"), csrf);
        assertTrue(valueOf(cookies.get("CONVEYOR_CSRF")).length() >= 32, csrf);

        api.get("/api/users/me").header("Cookie", cookieHeader(cookies, false)).send().expect(200);
    }

    @Test
    void unsafeRequestsByCookieMustEchoTheCsrfToken() {
        String email = newCustomer();
        Map<String, String> cookies = cookieLogin(email);
        String cookie = cookieHeader(cookies, false);
        String csrf = valueOf(cookies.get("CONVEYOR_CSRF"));

        api.patch("/api/users/me").header("Cookie", cookie).json(Map.of("name", "Forged"))
                .send().expectProblem(403, "CSRF_TOKEN_INVALID");
        api.patch("/api/users/me").header("Cookie", cookie).header("X-CSRF-Token", csrf + "x")
                .json(Map.of("name", "Forged")).send().expectProblem(403, "CSRF_TOKEN_INVALID");
        api.post("/api/cart/checkout").header("Cookie", cookie).json(Map.of("shippingAddress", HttpShop.address()))
                .send().expectProblem(403, "CSRF_TOKEN_INVALID");
        assertEquals("Test user", api.get("/api/users/me").header("Cookie", cookie).send().expect(200).text("name"),
                "a refused request changed nothing");

        Reply changed = api.patch("/api/users/me").header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .json(Map.of("name", "Ann")).send().expect(200);
        assertEquals("Ann", changed.text("name"));
    }

    @Test
    void anAuthorizationHeaderThatAuthenticatesNobodyDoesNotSpareACookieRequestTheCsrfCheck() {
        Map<String, String> cookies = cookieLogin(newCustomer());
        String cookie = cookieHeader(cookies, false);

        api.patch("/api/users/me").header("Cookie", cookie).header("Authorization", "Basic c29tZW9uZTpzZWNyZXQ=")
                .json(Map.of("name", "Forged")).send().expectProblem(403, "CSRF_TOKEN_INVALID");
        api.patch("/api/users/me").header("Cookie", cookie).header("Authorization", "Bearer not-a-token")
                .json(Map.of("name", "Forged")).send().expectProblem(403, "CSRF_TOKEN_INVALID");
        assertEquals("Test user", api.get("/api/users/me").header("Cookie", cookie).send().expect(200).text("name"),
                "a refused request changed nothing");
    }

    @Test
    void bearerClientsNeedNoCsrfToken() {
        Session customer = shop.customer();
        api.patch("/api/users/me").as(customer).json(Map.of("name", "Bea")).send().expect(200);
        // a leftover cookie does not matter when the request says who it is with a bearer token
        api.patch("/api/users/me").as(customer).header("Cookie", "CONVEYOR_ACCESS=stale")
                .json(Map.of("name", "Bea")).send().expect(200);
    }

    @Test
    void theRefreshCookieRenewsTheSessionOnceAndLogoutClearsIt() {
        Map<String, String> first = cookieLogin(newCustomer());
        String csrf = valueOf(first.get("CONVEYOR_CSRF"));

        api.post("/api/auth/refresh").header("Cookie", cookieHeader(first, true)).header("X-Auth-Mode", "cookie")
                .send().expectProblem(403, "CSRF_TOKEN_INVALID");
        Reply renewed = api.post("/api/auth/refresh").header("Cookie", cookieHeader(first, true))
                .header("X-CSRF-Token", csrf).header("X-Auth-Mode", "cookie").send().expect(200);
        Map<String, String> second = setCookies(renewed);
        assertNotEquals(valueOf(first.get("CONVEYOR_REFRESH")), valueOf(second.get("CONVEYOR_REFRESH")));
        assertNotNull(renewed.text("user.id"));
        api.post("/api/auth/refresh").header("Cookie", cookieHeader(first, true)).header("X-CSRF-Token", csrf)
                .header("X-Auth-Mode", "cookie").send().expect(401);

        Map<String, String> third = cookieLogin(newCustomer());
        Reply out = api.post("/api/auth/logout").header("Cookie", cookieHeader(third, true))
                .header("X-CSRF-Token", valueOf(third.get("CONVEYOR_CSRF"))).send().expect(204);
        Map<String, String> cleared = setCookies(out);
        assertEquals(List.of("CONVEYOR_ACCESS", "CONVEYOR_REFRESH", "CONVEYOR_CSRF"), List.copyOf(cleared.keySet()));
        cleared.values().forEach(header -> assertTrue(header.toLowerCase(Locale.ROOT).contains("max-age=0"), header));
        api.post("/api/auth/refresh").json(Map.of("refreshToken", valueOf(third.get("CONVEYOR_REFRESH"))))
                .send().expect(401);
    }
}
