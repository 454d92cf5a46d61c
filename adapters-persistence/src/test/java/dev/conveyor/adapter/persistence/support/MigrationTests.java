package dev.conveyor.adapter.persistence.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;

/** For the tests of a migration: Flyway on a database of their own, and what the data says before and after. */
public final class MigrationTests {

    private MigrationTests() {
    }

    /**
     * Flyway configured as the application configures it ({@link VendorMigrations}: the PostgreSQL locations
     * and a session-level lock), with the Java migrations under test.
     */
    public static FluentConfiguration flyway(String url, JavaMigration... javaMigrations) {
        FluentConfiguration configuration = Flyway.configure().dataSource(url, null, null);
        new VendorMigrations(List.of(javaMigrations)).customizeFluentConfiguration(configuration);
        return configuration;
    }

    /** The single number a query answers, e.g. a {@code count(*)}. */
    public static long count(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
