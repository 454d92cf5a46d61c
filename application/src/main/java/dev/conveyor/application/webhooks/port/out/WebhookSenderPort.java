package dev.conveyor.application.webhooks.port.out;

import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Delivery;
import java.time.Instant;

/**
 * POSTs deliveries to endpoints, signed with the endpoint's secret, and refuses targets that would let a
 * caller reach the server's own network (server-side request forgery).
 */
public interface WebhookSenderPort {

    /**
     * @throws dev.conveyor.domain.shared.InvalidInputException (field {@code url}) for a URL that is not
     *         http(s) or whose host is, or resolves to, a loopback, private, link-local or otherwise internal
     *         address the configuration does not allow
     */
    void checkTarget(String url);

    /** Sends one delivery, signed for {@code at}; never throws for a failed exchange, reports it. */
    Response send(String url, String secret, Delivery delivery, Instant at);

    /**
     * @param statusCode null when no answer came
     * @param excerpt    the start of the answer's body
     * @param error      why no answer came, or why the target was refused; null when an answer came
     */
    record Response(Integer statusCode, long latencyMillis, String excerpt, String error) {
        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }
}
