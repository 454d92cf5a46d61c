package dev.conveyor.adapter.rest.web;

import dev.conveyor.application.limits.port.in.AdmitRequestUseCase;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ConditionalFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import java.util.Optional;
import java.util.Set;

/**
 * Counts each API request against its caller's allowance for its kind
 * ({@link RateLimited}) and answers 429 with Retry-After once it is used up.
 * Runs after authentication: requests refused there cost nothing, and a
 * signed-in caller is counted as the user. Only API requests: see {@link ApiPaths} for why the filter itself
 * checks the path.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class RequestLimitsFilter implements Ordered, ConditionalFilter {

    private static final Set<HttpMethod> CHANGES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final AdmitRequestUseCase admit;
    private final ClientAddresses addresses;

    RequestLimitsFilter(AdmitRequestUseCase admit, ClientAddresses addresses) {
        this.admit = admit;
        this.addresses = addresses;
    }

    /**
     * Only for a request of a limited route: the filter runs on the blocking pool, and the hand-off there and
     * back cost a request of an unlimited route (most reads) two thread switches for nothing.
     */
    @Override
    public boolean isEnabled(HttpRequest<?> request) {
        return ApiPaths.isApi(request.getPath()) && kindOf(request).isPresent();
    }

    /** On the blocking pool: with Redis the count is a round trip, which the event loop must not wait for. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void admit(HttpRequest<?> request) {
        kindOf(request).ifPresent(kind -> admit.admit(actorOf(request), kind, addresses.of(request)));
    }

    private static Optional<RequestKind> kindOf(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request).flatMap(route -> kindOf(route, request.getMethod()));
    }

    static Optional<RequestKind> kindOf(RouteMatch<?> route, HttpMethod method) {
        AnnotationMetadata annotations = route.getRouteInfo().getAnnotationMetadata();
        if (annotations.hasAnnotation(RateLimited.Exempt.class)) {
            return Optional.empty();
        }
        Optional<RequestKind> declared = annotations.enumValue(RateLimited.class, RequestKind.class);
        if (declared.isPresent()) {
            return declared;
        }
        return CHANGES.contains(method) ? Optional.of(RequestKind.WRITES) : Optional.empty();
    }

    private static Actor actorOf(HttpRequest<?> request) {
        String correlationId = CorrelationIds.of(request);
        return request.getUserPrincipal(Authentication.class)
                .map(authentication -> ActorArgumentBinder.user(authentication, correlationId))
                .orElseGet(() -> Actor.anonymous(correlationId));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
