package dev.conveyor.adapter.rest.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request its correlation id, returns it on every response (errors
 * included) and puts it in the MDC of every thread that works on the request:
 * the propagated context carries it from the event loop to the blocking
 * executor the controllers run on. It also writes the request log: one line
 * per request (method, path without the query, status, duration), carrying
 * the same id.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class CorrelationIdFilter implements Ordered {

    private static final Logger REQUEST_LOG = LoggerFactory.getLogger("conveyor.http.requests");
    private static final String STARTED = "conveyor.startedNanos";

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext propagatedContext) {
        request.setAttribute(STARTED, System.nanoTime());
        propagatedContext.add(new CorrelationIdInMdc(CorrelationIds.of(request)));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = CorrelationIds.of(request);
        response.getHeaders().set(CorrelationIds.HEADER, id);
        if (REQUEST_LOG.isInfoEnabled()) {
            long micros = request.getAttribute(STARTED, Long.class).map(t -> (System.nanoTime() - t) / 1_000)
                    .orElse(-1L);
            // the response may complete on another thread than the request's: set the id for this line
            try (MDC.MDCCloseable ignored = MDC.putCloseable(CorrelationIds.MDC_KEY, id)) {
                REQUEST_LOG.info("{} {} {} {}.{} ms", request.getMethodName(), request.getPath(), response.code(),
                        micros / 1000, String.format("%03d", micros % 1000));
            }
        }
    }

    /** Outermost, so that rejections by later filters (security) carry the id too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
