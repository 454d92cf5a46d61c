package dev.conveyor.bootstrap.http;

import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.websocket.annotation.ServerWebSocket;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Which of the endpoints the UI uses but other parts of Conveyor provide this build has. The UI shows a
 * missing one as unavailable; the browser's console then reports the failed request, which the tests
 * tolerate only while the endpoint is missing.
 */
record WebUiFeatures(boolean liveEvents, boolean timeline, boolean adminOrders, boolean adminStats) {

    static WebUiFeatures of(ApplicationContext context, Api api) {
        boolean socket = !context.getBeanDefinitions(Qualifiers.byStereotype(ServerWebSocket.class)).isEmpty();
        return new WebUiFeatures(socket, routed(api, "/api/orders/" + UUID.randomUUID() + "/timeline"),
                routed(api, "/api/admin/orders"), routed(api, "/api/admin/stats"));
    }

    /** Secured routes answer an anonymous caller 401; unknown paths answer 404. */
    private static boolean routed(Api api, String path) {
        return api.get(path).send().status() != 404;
    }

    Predicate<String> toleratedConsoleErrors() {
        return message -> (!liveEvents && message.contains("/ws"))
                || (!timeline && message.contains("/timeline"))
                || (!adminOrders && message.contains("/api/admin/orders"))
                || (!adminStats && (message.contains("/api/admin/stats") || message.contains("/api/admin/deliveries")));
    }
}
