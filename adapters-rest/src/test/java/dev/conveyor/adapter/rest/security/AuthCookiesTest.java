package dev.conveyor.adapter.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import dev.conveyor.domain.user.UserId;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AuthCookiesTest {

    private final AuthCookies cookies = new AuthCookies(false);

    @Test
    void sessionCookiesAreThoseThatAreNotEmpty() {
        assertFalse(AuthCookies.carriesSessionCookie(HttpRequest.POST("/api/orders", "")));
        assertTrue(AuthCookies.carriesSessionCookie(HttpRequest.POST("/api/orders", "")
                .cookie(Cookie.of(AuthCookies.ACCESS, "jwt"))));
        assertTrue(AuthCookies.carriesSessionCookie(HttpRequest.POST("/api/auth/refresh", "")
                .cookie(Cookie.of(AuthCookies.REFRESH, "token"))));
        assertFalse(AuthCookies.carriesSessionCookie(HttpRequest.POST("/api/orders", "")
                .cookie(Cookie.of(AuthCookies.ACCESS, ""))), "an expired (emptied) cookie is no session");
    }

    @Test
    void onlyABearerTokenThatAuthenticatedTheRequestCounts() {
        assertTrue(AuthCookies.authenticatedByBearer(authenticatedWith("jwt",
                HttpRequest.POST("/api/orders", "").bearerAuth("jwt"))));
        assertFalse(AuthCookies.authenticatedByBearer(authenticatedWith("cookie-jwt",
                HttpRequest.POST("/api/orders", "").bearerAuth("bogus")
                        .cookie(Cookie.of(AuthCookies.ACCESS, "cookie-jwt")))), "the cookie authenticated it");
        assertFalse(AuthCookies.authenticatedByBearer(authenticatedWith("cookie-jwt",
                HttpRequest.POST("/api/orders", "").basicAuth("someone", "secret")
                        .cookie(Cookie.of(AuthCookies.ACCESS, "cookie-jwt")))), "not a bearer token at all");
        assertFalse(AuthCookies.authenticatedByBearer(HttpRequest.POST("/api/orders", "").bearerAuth("jwt")),
                "nobody was authenticated");
    }

    private static MutableHttpRequest<?> authenticatedWith(String token, MutableHttpRequest<?> request) {
        request.setAttribute(SecurityFilter.AUTHENTICATION, Authentication.build(UserId.newId().toString()));
        request.setAttribute(SecurityFilter.TOKEN, token);
        return request;
    }

    @Test
    void readingMethodsAreSafe() {
        for (HttpMethod safe : List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE)) {
            assertFalse(AuthCookies.unsafe(safe), safe::name);
        }
        for (HttpMethod unsafe : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
            assertTrue(AuthCookies.unsafe(unsafe), unsafe::name);
        }
    }

    @Test
    void aSessionSetsThreeStrictCookiesWithTheTokensLifetimes() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        MutableHttpResponse<?> response = HttpResponse.ok();
        cookies.issue(HttpRequest.POST("/api/auth/login", ""), response, "jwt", now.plusSeconds(900), "refresh",
                now.plusSeconds(3600), now);

        List<String> set = response.getHeaders().getAll("Set-Cookie");
        assertEquals(3, set.size(), set::toString);
        String access = set.get(0).toLowerCase(Locale.ROOT);
        assertTrue(access.startsWith("conveyor_access=jwt") && access.contains("max-age=900")
                && access.contains("httponly") && access.contains("samesite=strict"), access);
        String refresh = set.get(1).toLowerCase(Locale.ROOT);
        assertTrue(refresh.contains("path=/api/auth") && refresh.contains("max-age=3600"), refresh);
        String csrf = set.get(2).toLowerCase(Locale.ROOT);
        assertFalse(csrf.contains("httponly"), csrf);
        assertFalse(access.contains("secure"), "plain HTTP without the setting: " + access);

        MutableHttpResponse<?> secure = HttpResponse.ok();
        new AuthCookies(true).issue(HttpRequest.POST("/api/auth/login", ""), secure, "jwt", now.plusSeconds(900),
                "refresh", now.plusSeconds(3600), now);
        secure.getHeaders().getAll("Set-Cookie").forEach(header ->
                assertTrue(header.toLowerCase(Locale.ROOT).contains("secure"), header));
    }
}
