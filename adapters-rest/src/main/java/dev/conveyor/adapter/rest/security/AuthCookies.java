package dev.conveyor.adapter.rest.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The cookie mode of authentication, for the web UI: the access token in an
 * HttpOnly cookie for every path, the refresh token in an HttpOnly cookie that
 * only the auth routes receive, and a readable CSRF token that scripts of this
 * origin echo in {@value #CSRF_HEADER} (double submit). All SameSite=Strict.
 */
@Singleton
public final class AuthCookies {

    public static final String ACCESS = "CONVEYOR_ACCESS";
    public static final String REFRESH = "CONVEYOR_REFRESH";
    public static final String CSRF = "CONVEYOR_CSRF";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String MODE_HEADER = "X-Auth-Mode";
    private static final String REFRESH_PATH = "/api/auth";

    private final SecureRandom random = new SecureRandom();
    private final boolean alwaysSecure;

    AuthCookies(@Value("${conveyor.security.cookies.secure:false}") boolean alwaysSecure) {
        this.alwaysSecure = alwaysSecure;
    }

    /** Whether the client asked for cookies instead of tokens in the body. */
    public static boolean requested(HttpRequest<?> request) {
        return request.getHeaders().get(MODE_HEADER, String.class).map(mode -> mode.equalsIgnoreCase("cookie"))
                .orElse(false);
    }

    public static Optional<String> refreshToken(HttpRequest<?> request) {
        return value(request, REFRESH);
    }

    /** Sets the three cookies of a new session. */
    public void issue(HttpRequest<?> request, MutableHttpResponse<?> response, String accessToken,
                      Instant accessExpiresAt, String refreshToken, Instant refreshExpiresAt, Instant now) {
        boolean secure = alwaysSecure || request.isSecure();
        long accessSeconds = secondsBetween(now, accessExpiresAt);
        long refreshSeconds = secondsBetween(now, refreshExpiresAt);
        response.cookie(cookie(ACCESS, accessToken, "/", accessSeconds, true, secure));
        response.cookie(cookie(REFRESH, refreshToken, REFRESH_PATH, refreshSeconds, true, secure));
        response.cookie(cookie(CSRF, newCsrfToken(), "/", refreshSeconds, false, secure));
    }

    /** Expires the three cookies (log out, or a refresh token that no longer works). */
    public void clear(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean secure = alwaysSecure || request.isSecure();
        response.cookie(cookie(ACCESS, "", "/", 0, true, secure));
        response.cookie(cookie(REFRESH, "", REFRESH_PATH, 0, true, secure));
        response.cookie(cookie(CSRF, "", "/", 0, false, secure));
    }

    /** Whether the request carries one of the session cookies, which a browser adds to forged requests too. */
    static boolean carriesSessionCookie(HttpRequest<?> request) {
        return value(request, ACCESS).isPresent() || value(request, REFRESH).isPresent();
    }

    /**
     * Whether a bearer token authenticated the request (known once the security
     * filter ran): a foreign page cannot set that header, so such a request is
     * not exposed to CSRF. Any other Authorization header proves nothing.
     */
    static boolean authenticatedByBearer(HttpRequest<?> request) {
        if (request.getUserPrincipal().isEmpty()) {
            return false;
        }
        Optional<String> used = request.getAttribute(SecurityFilter.TOKEN, String.class);
        Optional<String> bearer = request.getHeaders().getAuthorization()
                .filter(header -> header.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(header -> header.substring(7).strip());
        return used.isPresent() && bearer.isPresent() && used.get().equals(bearer.get());
    }

    static boolean unsafe(HttpMethod method) {
        return method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS
                && method != HttpMethod.TRACE;
    }

    static Optional<String> value(HttpRequest<?> request, String name) {
        return request.getCookies().findCookie(name).map(Cookie::getValue).filter(v -> !v.isEmpty());
    }

    private String newCsrfToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static long secondsBetween(Instant now, Instant later) {
        return Math.max(0, Duration.between(now, later).getSeconds());
    }

    private static Cookie cookie(String name, String value, String path, long maxAgeSeconds, boolean httpOnly,
                                 boolean secure) {
        return Cookie.of(name, value).path(path).maxAge(maxAgeSeconds).httpOnly(httpOnly).secure(secure)
                .sameSite(SameSite.Strict);
    }
}
