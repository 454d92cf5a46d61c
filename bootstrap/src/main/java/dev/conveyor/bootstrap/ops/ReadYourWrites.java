package dev.conveyor.bootstrap.ops;

import dev.conveyor.adapter.persistence.support.PrimaryReads;
import dev.conveyor.adapter.rest.web.ApiPaths;
import dev.conveyor.application.shared.port.out.RecentWritersPort;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ConditionalFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.security.Principal;
import java.time.Duration;
import java.util.Set;

/**
 * Read-your-writes with a read replica: a signed-in caller whose change succeeded reads from the primary for
 * {@code conveyor.read-replica.sticky-window} on every instance ({@link RecentWritersPort}, in Redis when the
 * cache is), longer than the lag at which the replica is skipped anyway. Only with a replica set, and only for
 * API requests: see {@link ApiPaths} for why the filter itself checks the path.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
@Requires(property = "datasources.read.url")
final class ReadYourWrites implements Ordered, ConditionalFilter {

    private static final Set<HttpMethod> CHANGES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final RecentWritersPort writers;
    private final Duration window;

    ReadYourWrites(RecentWritersPort writers,
                   @Value("${conveyor.read-replica.sticky-window:5s}") Duration window) {
        this.writers = writers;
        this.window = window;
    }

    /** Checked before the hand-off to the blocking pool, so that other paths are not handed off. */
    @Override
    public boolean isEnabled(HttpRequest<?> request) {
        return ApiPaths.isApi(request.getPath());
    }

    /** On the blocking pool: with Redis the look-up is a round trip, which the event loop must not wait for. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void route(HttpRequest<?> request, MutablePropagatedContext context) {
        request.getUserPrincipal().map(Principal::getName).filter(writers::wroteRecently)
                .ifPresent(caller -> context.add(PrimaryReads.REQUESTED));
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void remember(HttpRequest<?> request, HttpResponse<?> response) {
        if (CHANGES.contains(request.getMethod()) && response.code() < 400) {
            request.getUserPrincipal().map(Principal::getName).ifPresent(caller -> writers.wrote(caller, window));
        }
    }

    /** After authentication, which sets the caller. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
