package dev.conveyor.bootstrap.ops;

import dev.conveyor.adapter.rest.web.CorrelationIds;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.opentelemetry.api.trace.Span;

/**
 * Puts the request's correlation id (the one in its log lines, events and {@code X-Correlation-Id} answer) on
 * its trace span, so a trace is found from a log line and the other way round. Only when an exporter is set
 * (see {@link TracingSwitch}): otherwise there is no span to tag, nor a filter to run per request.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "otel.traces.exporter")
@Requires(property = "otel.traces.exporter", notEquals = "none")
public class TraceCorrelation implements Ordered {

    static final String ATTRIBUTE = "conveyor.correlation_id";

    @RequestFilter
    public void tag(HttpRequest<?> request) {
        Span.current().setAttribute(ATTRIBUTE, CorrelationIds.of(request));
    }

    /** After the tracing filter, which opens the request's span. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
