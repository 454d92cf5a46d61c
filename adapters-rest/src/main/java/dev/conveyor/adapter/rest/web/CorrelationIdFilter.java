package dev.conveyor.adapter.rest.web;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Gives every request its correlation id, returns it on every response (errors
 * included) and puts it in the MDC of every thread that works on the request:
 * the propagated context carries it from the event loop to the blocking
 * executor the controllers run on.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class CorrelationIdFilter implements Ordered {

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext propagatedContext) {
        String id = CorrelationIds.of(request);
        Map<String, String> mdc = new HashMap<>();
        Map<String, String> current = MDC.getCopyOfContextMap();
        if (current != null) {
            mdc.putAll(current);
        }
        mdc.put(CorrelationIds.MDC_KEY, id);
        propagatedContext.add(new MdcPropagationContext(mdc));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set(CorrelationIds.HEADER, CorrelationIds.of(request));
    }

    /** Outermost, so that rejections by later filters (security) carry the id too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
