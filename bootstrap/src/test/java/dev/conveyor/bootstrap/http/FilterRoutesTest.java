package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.bootstrap.ops.TraceCorrelation;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.FilterMatcher;
import io.micronaut.web.router.FilterRoute;
import io.micronaut.web.router.RouteBuilder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every server filter, ours and the libraries', is declared for every path ({@code /**}, no methods, no filter
 * matcher annotation): Micronaut then resolves the request's filters once for all requests. A single filter with
 * a narrower pattern makes it try that filter's patterns and sort the whole filter list anew on every request,
 * ~8 % of a cached read's CPU (docs/performance.md, "The request's route and filter matching"): such a filter
 * checks the path itself ({@code ConditionalFilter}, e.g. with {@code ApiPaths}).
 */
class FilterRoutesTest {

    @Test
    void theShippedServersFiltersAllMatchEveryPath() {
        try (ApplicationContext context = ApplicationContext.run(new HashMap<String, Object>(TestServers.h2()))) {
            assertAllMatchEveryPath(context);
        }
    }

    /** The filters that only exist with a read replica (read-your-writes) and with tracing (span tags). */
    @Test
    void soDoThoseOfAServerWithAReplicaAndTracing() {
        Map<String, String> h2 = TestServers.h2();
        Map<String, String> settings = TestServers.with(h2,
                "datasources.read.url", h2.get("datasources.default.url"),
                "datasources.read.username", "sa",
                "datasources.read.password", "",
                "otel.traces.exporter", "otlp",
                "otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:9/v1/traces");
        try (ApplicationContext context = ApplicationContext.run(new HashMap<String, Object>(settings))) {
            assertTrue(context.containsBean(TraceCorrelation.class), "tracing is on");
            assertTrue(context.getBeanDefinitions(Object.class).stream()
                    .anyMatch(definition -> definition.getBeanType().getSimpleName().equals("ReadYourWrites")),
                    "read-your-writes is on");
            assertAllMatchEveryPath(context);
        }
    }

    private static void assertAllMatchEveryPath(ApplicationContext context) {
        List<FilterRoute> routes = context.getBeansOfType(RouteBuilder.class).stream()
                .flatMap(builder -> builder.getFilterRoutes().stream())
                .toList();
        assertTrue(routes.size() > 5, () -> "the filters: " + routes);
        for (FilterRoute route : routes) {
            String filter = route.getFilter().toString();
            assertFalse(route.hasMethods(), () -> filter + " is limited to methods " + route.getFilterMethods());
            assertFalse(route.getAnnotationMetadata().hasStereotype(FilterMatcher.NAME),
                    () -> filter + " has a filter matcher annotation");
            assertTrue(Arrays.stream(route.getPatterns()).allMatch(Filter.MATCH_ALL_PATTERN::equals),
                    () -> filter + " is limited to " + Arrays.toString(route.getPatterns()));
        }
    }
}
