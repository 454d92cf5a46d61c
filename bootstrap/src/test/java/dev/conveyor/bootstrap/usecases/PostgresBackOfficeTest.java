package dev.conveyor.bootstrap.usecases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.testsupport.TestPostgres;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The back-office contract on the JDBC adapters and a real PostgreSQL (trigram indexes included). */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "test.clock", value = "manual")
@Property(name = "conveyor.orders.confirmation-job.enabled", value = "false")
@Property(name = "micronaut.security.token.jwt.signatures.secret.generator.secret",
        value = "use-case-tests-secret-at-least-32-characters-long")
class PostgresBackOfficeTest extends BackOfficeContract implements TestPropertyProvider {

    @Inject Jdbc jdbc;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("datasources.default.url", TestPostgres.freshDatabase(),
                "datasources.default.username", "",
                "datasources.default.password", "");
    }

    /** Flyway found the PostgreSQL-only migrations beside the common ones: trigram and "starts with" indexes. */
    @Test
    void theTextSearchHasItsIndexes() {
        Set<String> indexes = Set.copyOf(jdbc.list("SELECT indexname FROM pg_indexes"
                        + " WHERE indexname ~ '(_trgm|_start)_idx$'",
                statement -> { }, row -> row.getString(1)));
        assertEquals(Set.of("orders_number_trgm_idx", "users_email_trgm_idx", "users_name_trgm_idx",
                "order_lines_sku_trgm_idx", "users_name_words_trgm_idx", "orders_number_start_idx",
                "order_lines_sku_start_idx", "users_email_start_idx"), indexes);
    }
}
