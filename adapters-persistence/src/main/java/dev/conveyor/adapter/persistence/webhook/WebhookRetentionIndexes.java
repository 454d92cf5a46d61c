package dev.conveyor.adapter.persistence.webhook;

import dev.conveyor.adapter.persistence.support.SqlDialect;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

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
final class WebhookRetentionIndexes implements JavaMigration {

    private static final String[] INDEXES = {
        "webhook_delivery_delivered_idx ON webhook_delivery (status, delivered_at)",
        "webhook_attempt_delivery_idx ON webhook_attempt (delivery_id)"};

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("45");
    }

    @Override
    public String getDescription() {
        return "webhook retention indexes";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = SqlDialect.of(connection.getMetaData().getDatabaseProductName()) == SqlDialect.POSTGRESQL;
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            for (String index : INDEXES) {
                statement.execute("CREATE INDEX " + (postgres ? "CONCURRENTLY " : "") + index);
            }
        }
    }
}
