package dev.conveyor.adapter.rest.security;

import dev.conveyor.adapter.rest.web.ApiPaths;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ConditionalFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Refuses unsafe requests that carry the session cookies unless they repeat
 * the CSRF cookie in a header, which only scripts of this origin can read, or
 * a bearer token authenticated them. Runs right after authentication (it must
 * know which token authenticated the request) and before any route, so a
 * forged request changes nothing whatever the route. The unsubscribe link is
 * exempt: it authenticates by the signed token in its address, which a forger
 * does not have, and its page's form cannot send a header. Only API requests: see {@link ApiPaths} for why the
 * filter itself checks the path.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class CsrfFilter implements Ordered, ConditionalFilter {

    private static final String UNSUBSCRIBE = "/api/mail/unsubscribe";

    @Override
    public boolean isEnabled(HttpRequest<?> request) {
        return ApiPaths.isApi(request.getPath());
    }

    @RequestFilter
    void check(HttpRequest<?> request) {
        if (!AuthCookies.unsafe(request.getMethod()) || !AuthCookies.carriesSessionCookie(request)
                || AuthCookies.authenticatedByBearer(request) || UNSUBSCRIBE.equals(request.getPath())) {
            return;
        }
        Optional<String> expected = AuthCookies.value(request, AuthCookies.CSRF);
        Optional<String> echoed = request.getHeaders().get(AuthCookies.CSRF_HEADER, String.class);
        if (expected.isEmpty() || echoed.isEmpty() || !MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.UTF_8), echoed.get().getBytes(StandardCharsets.UTF_8))) {
            throw new CsrfTokenInvalidException();
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
