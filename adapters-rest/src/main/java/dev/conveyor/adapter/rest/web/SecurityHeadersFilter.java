package dev.conveyor.adapter.rest.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The headers that tell browsers what this server's answers may do, on every
 * answer, errors included:
 * <ul>
 *   <li>a Content-Security-Policy per kind of answer ({@link ContentSecurityPolicies}), never framed;</li>
 *   <li>{@code X-Content-Type-Options: nosniff}, so a download is never run as a script or page;</li>
 *   <li>{@code Referrer-Policy: no-referrer}: URLs (order ids, search terms) stay here;</li>
 *   <li>{@code Strict-Transport-Security} when the client came over HTTPS (directly, or through the
 *       trusted proxy, see {@link ClientAddresses#overHttps});</li>
 *   <li>{@code Cache-Control: no-store} on API answers that set no caching of their own: they carry
 *       tokens (login, refresh) or a user's data, which no cache along the way may keep.</li>
 * </ul>
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements Ordered {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final ContentSecurityPolicies policies;
    private final ClientAddresses clients;

    SecurityHeadersFilter(ContentSecurityPolicies policies, ClientAddresses clients) {
        this.policies = policies;
        this.clients = clients;
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        String path = request.getPath();
        headers.set("Content-Security-Policy", policies.forPath(path));
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (clients.overHttps(request)) {
            headers.set("Strict-Transport-Security", HSTS);
        }
        if (path.startsWith("/api/") && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** Outermost, with the correlation id: answers refused by later filters get the headers too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
