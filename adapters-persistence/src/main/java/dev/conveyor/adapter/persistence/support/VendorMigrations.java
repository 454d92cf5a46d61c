package dev.conveyor.adapter.persistence.support;

import io.micronaut.context.annotation.Requires;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * Adds {@code db/vendor/postgresql} to the default data source's migration locations when the database
 * is PostgreSQL: the scripts there (trigram indexes) have no H2 equivalent, while the scripts of
 * {@code db/migration} run on both. It takes the place of Micronaut's default customizer, so it registers the
 * Java migrations (beans: they need configuration, e.g. the webhook secret key) itself.
 */
@Singleton
@Named("default")
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class VendorMigrations implements FlywayConfigurationCustomizer {

    static final String POSTGRESQL_LOCATION = "classpath:db/vendor/postgresql";

    private final List<JavaMigration> javaMigrations;

    VendorMigrations(List<JavaMigration> javaMigrations) {
        this.javaMigrations = List.copyOf(javaMigrations);
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        configuration.javaMigrations(javaMigrations.toArray(JavaMigration[]::new));
        if (dialect(configuration) == SqlDialect.POSTGRESQL) {
            List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
            locations.add(new Location(POSTGRESQL_LOCATION));
            configuration.locations(locations.toArray(Location[]::new));
            // Flyway's default on PostgreSQL holds its lock in an open transaction on another connection, which
            // CREATE INDEX CONCURRENTLY (V43) waits for forever; a session-level advisory lock serialises
            // instances migrating at once as well
            configuration.getPluginRegister().getPlugin(PostgreSQLConfigurationExtension.class)
                    .setTransactionalLock(false);
        }
    }

    @Override
    public String getName() {
        return "default";
    }

    private static SqlDialect dialect(FluentConfiguration configuration) {
        try (Connection connection = configuration.getDataSource().getConnection()) {
            return SqlDialect.of(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database the migrations are for", e);
        }
    }
}
