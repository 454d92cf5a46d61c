package dev.conveyor.adapter.persistence.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Webhook;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook fan-out on the database: one delivery per event and active endpoint subscribed to its type, however
 * often the event is handled, and no body encoded for an event no endpoint will get. Each test starts with the
 * endpoints of the tests before it switched off.
 */
abstract class WebhookFanOutContract {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    @Inject
    WebhookStorePort store;
    @Inject
    TransactionPort transactions;
    @Inject
    Jdbc jdbc;
    @Inject
    JsonMapper json;

    private final AtomicInteger encoded = new AtomicInteger();
    private JdbcWebhookFanOutAdapter fanOut;

    @BeforeEach
    void startWithNoActiveEndpointAndCountEncodedBodies() {
        jdbc.update("UPDATE webhook_endpoint SET active = FALSE", statement -> { });
        encoded.set(0);
        fanOut = new JdbcWebhookFanOutAdapter(jdbc, countingWrites(json));
    }

    @Test
    void anEventNoActiveEndpointIsSubscribedToQueuesNothingAndEncodesNothing() {
        String type = uniqueType();
        UUID inactive = endpoint(List.of(type), false);
        UUID otherType = endpoint(List.of(uniqueType()), true);
        LoggedEvent event = event(type);

        handle(event);

        assertEquals(0, deliveries(event, inactive) + deliveries(event, otherType));
        assertEquals(0, encoded.get(), "no body encoded for an event nobody gets");
    }

    @Test
    void eachSubscribedActiveEndpointGetsTheEventOnceHoweverOftenItIsHandled() throws Exception {
        String type = uniqueType();
        UUID everything = endpoint(List.of(), true);
        UUID subscribed = endpoint(List.of(uniqueType(), type), true);
        UUID otherType = endpoint(List.of(uniqueType()), true);
        UUID inactive = endpoint(List.of(type), false);
        LoggedEvent event = event(type);

        handle(event);
        handle(event);

        assertEquals(1, deliveries(event, everything));
        assertEquals(1, deliveries(event, subscribed));
        assertEquals(0, deliveries(event, otherType));
        assertEquals(0, deliveries(event, inactive));
        assertEquals(Set.of(json.writeValueAsString(event.toMessage())), Set.copyOf(jdbc.list(
                "SELECT body FROM webhook_delivery WHERE event_id = ?", statement -> statement.setObject(1, event.id()),
                row -> row.getString("body"))));
    }

    private void handle(LoggedEvent event) {
        transactions.inTransaction(() -> {
            fanOut.handle(event);
            return null;
        });
    }

    private UUID endpoint(List<String> types, boolean active) {
        UUID id = UUID.randomUUID();
        store.add(new Webhook(id, "https://example.com/hook", types, "whsec_test", active,
                active ? null : "switched off", NOW));
        return id;
    }

    private int deliveries(LoggedEvent event, UUID endpoint) {
        return jdbc.list("SELECT 1 FROM webhook_delivery WHERE event_id = ? AND endpoint_id = ?", statement -> {
            statement.setObject(1, event.id());
            statement.setObject(2, endpoint);
        }, row -> 1).size();
    }

    private static String uniqueType() {
        return "test:" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static LoggedEvent event(String type) {
        UUID order = UUID.randomUUID();
        return new LoggedEvent(42, UUID.randomUUID(), type, "order", order, order, UUID.randomUUID(), Set.of(),
                "correlation", null, null, NOW, Map.of("orderNumber", "ORD-2026-000042"));
    }

    /** The application's mapper, counting the values it writes as text. */
    private JsonMapper countingWrites(JsonMapper mapper) {
        return (JsonMapper) Proxy.newProxyInstance(JsonMapper.class.getClassLoader(), new Class<?>[]{JsonMapper.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("writeValueAsString")) {
                        encoded.incrementAndGet();
                    }
                    try {
                        return method.invoke(mapper, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
