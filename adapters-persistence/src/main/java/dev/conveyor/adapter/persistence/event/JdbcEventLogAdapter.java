package dev.conveyor.adapter.persistence.event;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.shared.port.out.EventLogPort;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.shared.Ids;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Appends events as rows of {@code event_log} in the caller's transaction, all
 * of them in one JDBC batch. The {@code position} stays empty: the relay that
 * publishes events assigns it to committed rows, in commit order.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcEventLogAdapter implements EventLogPort {

    private static final String INSERT = """
            INSERT INTO event_log (id, type, aggregate_type, aggregate_id, customer_id, seller_ids, correlation_id,
                                   causation_id, actor_id, occurred_at, payload, order_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Jdbc jdbc;
    private final JsonMapper json;

    JdbcEventLogAdapter(Jdbc jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void append(List<DomainEvent> events, EventMetadata metadata) {
        jdbc.batch(INSERT, events, (statement, event) -> {
            statement.setObject(1, Ids.newId());
            statement.setString(2, event.type());
            statement.setString(3, event.aggregateType());
            statement.setObject(4, event.aggregateId());
            Columns.setUuid(statement, 5, event.customerId());
            statement.setString(6, sellerIds(event.sellerIds()));
            statement.setString(7, metadata.correlationId());
            Columns.setUuid(statement, 8, metadata.causationId());
            Columns.setUuid(statement, 9, metadata.actorId());
            Columns.setInstant(statement, 10, event.occurredAt());
            statement.setString(11, toJson(event));
            Columns.setUuid(statement, 12, event.orderId());
        });
    }

    /** Sorted, so that equal sets are stored equally. */
    private static String sellerIds(Set<UUID> sellerIds) {
        return sellerIds.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }

    private String toJson(DomainEvent event) {
        try {
            return json.writeValueAsString(event.payload());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the payload of " + event.type() + " as JSON", e);
        }
    }
}
