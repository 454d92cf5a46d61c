package dev.conveyor.adapter.persistence.support;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration run outside Flyway's transaction, in autocommit, so that the application goes on writing
 * while it works on a large table: its own short transactions, {@code CREATE INDEX CONCURRENTLY} (which no
 * transaction may hold). That work is PostgreSQL's; on another database (H2) the migration does nothing
 * unless it says otherwise ({@link #elsewhere}).
 *
 * <p>Flyway records the version and description given here and, as for every Java migration, no checksum:
 * databases already migrated validate only while they stay the same.
 */
public abstract class OnlineMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected OnlineMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    /** The work on PostgreSQL, on a connection in autocommit. */
    protected abstract void onPostgres(Connection connection) throws SQLException;

    /** The work on another database, on a connection in autocommit: none unless a migration has some. */
    protected void elsewhere(Connection connection) throws SQLException {
    }

    @Override
    public final void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        connection.setAutoCommit(true);
        if (SqlDialect.of(connection.getMetaData().getDatabaseProductName()) == SqlDialect.POSTGRESQL) {
            onPostgres(connection);
        } else {
            elsewhere(connection);
        }
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return false;
    }
}
