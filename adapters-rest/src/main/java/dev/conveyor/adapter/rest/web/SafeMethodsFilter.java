package dev.conveyor.adapter.rest.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.NotAllowedException;
import io.micronaut.web.router.RouteAttributes;
import java.util.Set;

/**
 * What no route serves (the web UI, its libraries, Swagger UI: static files)
 * may only be read. The static file handler would answer any method with the
 * file, so {@code DELETE /} or {@code TRACE /} got the UI's page with 200;
 * they answer 405 with {@code Allow: GET, HEAD}. Routes, and every path of
 * the API, answer their own 405 naming the route's methods.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class SafeMethodsFilter implements Ordered {

    private static final Set<String> ALLOWED = Set.of(HttpMethod.GET.name(), HttpMethod.HEAD.name());

    @RequestFilter
    void check(HttpRequest<?> request) {
        if (!ALLOWED.contains(request.getMethodName()) && RouteAttributes.getRouteMatch(request).isEmpty()
                && !request.getPath().startsWith("/api/")) {
            throw new NotAllowedException(request.getMethodName(), request.getUri(), ALLOWED);
        }
    }

    /** Before authentication: a static file needs none, whatever the method. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
