package dev.conveyor.bootstrap.http;

import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.util.List;
import java.util.Locale;

/**
 * The routes the running server exposes, read from its router, as
 * {@code "METHOD /path/{variable}"}: what the security matrix and the OpenAPI
 * document must each cover, so that a new route cannot slip past both.
 */
final class ServerRoutes {

    private ServerRoutes() {
    }

    static List<String> of(Router router) {
        return router.uriRoutes()
                .map(route -> key(route.getHttpMethodName() + " " + template(route)))
                .filter(route -> !route.startsWith("HEAD ") && !route.startsWith("OPTIONS "))
                .distinct()
                .sorted()
                .toList();
    }

    /** Only the API's routes: the document describes /api, not the UI's pages or the operator endpoints. */
    static List<String> api(Router router) {
        return of(router).stream().filter(route -> route.contains(" /api/")).toList();
    }

    /**
     * The route a description starts with, e.g. {@code "GET /api/orders/{id} of no order"} or
     * {@code "GET /api/events/stream?orderId={id}"} → {@code "GET /api/orders/{id}"}; path variables are
     * named {@code {}} so that {@code {id}} and {@code {productId}} match.
     */
    static String key(String description) {
        String[] parts = description.trim().split(" ", 3);
        String path = parts[1].split("\\?", 2)[0];
        return parts[0].toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}/?]*}", "{}");
    }

    private static String template(UriRouteInfo<?, ?> route) {
        // query parameters declared in the template ({?q,page}) are not part of the route
        String template = route.getUriMatchTemplate().toString().replaceAll("\\{[?&][^}]*}", "");
        return template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
    }
}
