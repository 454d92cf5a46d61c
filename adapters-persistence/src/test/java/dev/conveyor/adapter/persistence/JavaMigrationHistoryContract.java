package dev.conveyor.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.adapter.persistence.support.Jdbc;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * What Flyway records of the Java migrations, as the releases that ran them recorded it: a database they
 * migrated must validate with this code, so version, description, type, class and (no) checksum stay as they
 * are. The application migrates at start; Flyway then validates the history against the same migrations.
 */
abstract class JavaMigrationHistoryContract {

    /** The rows as V28, V43, V44 and V45 were shipped: version | description | type | script | checksum. */
    private static final List<String> RECORDED = List.of(
            "28|encrypt webhook secrets|JDBC|dev.conveyor.adapter.persistence.webhook.EncryptWebhookSecrets|null",
            "43|seller orders customer email|JDBC|dev.conveyor.adapter.persistence.order.SellerOrdersCustomerEmail|null",
            "44|sku orders|JDBC|dev.conveyor.adapter.persistence.order.SkuOrders|null",
            "45|webhook retention indexes|JDBC|dev.conveyor.adapter.persistence.webhook.WebhookRetentionIndexes|null");

    @Inject
    Jdbc jdbc;
    @Inject
    DataSource dataSource;
    @Inject
    DataSourceResolver dataSources;
    @Inject
    @Named("default")
    FlywayConfigurationCustomizer migrations;

    @Test
    void theJavaMigrationsAreRecordedAsTheyWereShippedAndValidate() {
        assertEquals(RECORDED, jdbc.list("""
                SELECT version, description, type, script, checksum FROM "flyway_schema_history"
                 WHERE type = 'JDBC' AND success ORDER BY installed_rank""", statement -> { },
                row -> String.join("|", row.getString("version"), row.getString("description"),
                        row.getString("type"), row.getString("script"), String.valueOf(row.getObject("checksum")))));

        // the pool itself, as Flyway gets it at start: the injected one lends only the current transaction's connection
        FluentConfiguration configuration = Flyway.configure().dataSource(dataSources.resolve(dataSource));
        migrations.customizeFluentConfiguration(configuration);
        configuration.load().validate();
    }
}
