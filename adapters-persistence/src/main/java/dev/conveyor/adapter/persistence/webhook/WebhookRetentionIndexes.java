package dev.conveyor.adapter.persistence.webhook;

import dev.conveyor.adapter.persistence.support.OnlineMigration;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Migration V45: the indexes the retention of the delivery log needs ({@code conveyor.webhooks.retention},
 * docs/integrations.md). The purge finds the old delivered rows by the first and deletes their attempts by the
 * second, which also serves the foreign key's check of every deleted delivery (without it, each one would scan
 * {@code webhook_attempt}).
 *
 * <p>A Java migration outside Flyway's transaction because, with no retention until now, both tables hold a row
 * or more per event and endpoint ever sent: on PostgreSQL the indexes are built {@code CONCURRENTLY}, so the
 * fan-out and the senders go on writing meanwhile.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class WebhookRetentionIndexes extends OnlineMigration {

    private static final String[] INDEXES = {
        "webhook_delivery_delivered_idx ON webhook_delivery (status, delivered_at)",
        "webhook_attempt_delivery_idx ON webhook_attempt (delivery_id)"};

    WebhookRetentionIndexes() {
        super("45", "webhook retention indexes");
    }

    @Override
    protected void onPostgres(Connection connection) throws SQLException {
        create(connection, "CREATE INDEX CONCURRENTLY ");
    }

    /** H2 has no {@code CONCURRENTLY}. */
    @Override
    protected void elsewhere(Connection connection) throws SQLException {
        create(connection, "CREATE INDEX ");
    }

    private static void create(Connection connection, String createIndex) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String index : INDEXES) {
                statement.execute(createIndex + index);
            }
        }
    }
}
