package dev.conveyor.bootstrap.ops;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.filter.HealthResultFilter;

/**
 * Micronaut's health filter (a DOWN health result answers 503), declared for every path instead of its three
 * health paths. It acts only on a health result, which only the health endpoint answers ({@code /readyz} maps
 * its own), so what it does is unchanged; but while any filter has a pattern narrower than {@code /**}, Micronaut
 * matches those patterns and sorts the whole filter list anew on every request (docs/performance.md, "The
 * request's route and filter matching").
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
@Replaces(HealthResultFilter.class)
@Requires(beans = HealthEndpoint.class)
class HealthStatusFilter extends HealthResultFilter {

    HealthStatusFilter(HealthEndpoint healthEndpoint) {
        super(healthEndpoint);
    }
}
