package dev.conveyor.adapter.rest.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;
import java.util.Map;

/**
 * Refuses a request whose query parameters or path variables hold text that
 * {@link TextRules} does not accept, with 400 naming the parameter or
 * variable. JSON bodies are checked by {@link JsonRequestReader}; headers need
 * no check here: the HTTP decoder refuses a NUL in a header, and a header
 * value, read as ISO-8859-1, cannot hold a surrogate. Runs after
 * authentication, so a caller who may not use a route learns nothing about its
 * inputs.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class TextInputFilter implements Ordered {

    @RequestFilter
    void check(HttpRequest<?> request) {
        request.getParameters().forEach((name, values) -> {
            TextRules.require(name, name);
            values.forEach(value -> TextRules.require(name, value));
        });
        RouteAttributes.getRouteMatch(request)
                .filter(UriRouteMatch.class::isInstance)
                .map(match -> ((UriRouteMatch<?, ?>) match).getVariableValues())
                .ifPresent(TextInputFilter::checkVariables);
    }

    private static void checkVariables(Map<String, Object> variables) {
        variables.forEach((name, value) -> {
            if (value instanceof CharSequence text) {
                TextRules.require(name, text);
            }
        });
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
