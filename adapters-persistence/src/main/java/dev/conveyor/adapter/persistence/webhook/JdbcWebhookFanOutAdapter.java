package dev.conveyor.adapter.persistence.webhook;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.adapter.persistence.support.SqlDialect;
import dev.conveyor.application.events.port.out.EventConsumerPort;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The webhook fan-out, a durable consumer of the event log: for each event, one pending delivery per active
 * endpoint whose types include it, in the consumer's transaction, so every event becomes exactly one delivery
 * per endpoint however often the consumer is retried or replayed. The body is the event as live clients get it.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcWebhookFanOutAdapter implements EventConsumerPort {

    private static final String SUBSCRIBED = "e.active AND (e.event_types = '' OR e.event_types LIKE ?)";

    /**
     * Asked first, because most events go to no endpoint (a shop without webhooks, or types nobody subscribed
     * to), and encoding the body was most of the fan-out's work.
     */
    private static final String ANY_SUBSCRIBED = "SELECT 1 FROM webhook_endpoint e WHERE " + SUBSCRIBED + " LIMIT 1";

    private final Jdbc jdbc;
    private final JsonMapper json;
    private final String insert;

    JdbcWebhookFanOutAdapter(Jdbc jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.insert = """
                INSERT INTO webhook_delivery (id, endpoint_id, position, event_id, event_type, body, status, attempts)
                SELECT %s, e.id, ?, ?, ?, ?, 'PENDING', 0 FROM webhook_endpoint e
                WHERE %s
                AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.endpoint_id = e.id AND d.event_id = ?)"""
                .formatted(jdbc.dialect() == SqlDialect.POSTGRESQL ? "gen_random_uuid()" : "RANDOM_UUID()",
                        SUBSCRIBED);
    }

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public void handle(LoggedEvent event) {
        String typePattern = "%," + event.type() + ",%";
        if (jdbc.one(ANY_SUBSCRIBED, statement -> statement.setString(1, typePattern), row -> true).isEmpty()) {
            return;
        }
        String body = body(event);
        jdbc.update(insert, statement -> {
            statement.setLong(1, event.position());
            statement.setObject(2, event.id());
            statement.setString(3, event.type());
            statement.setString(4, body);
            statement.setString(5, typePattern);
            statement.setObject(6, event.id());
        });
    }

    private String body(LoggedEvent event) {
        try {
            return json.writeValueAsString(event.toMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
