package dev.conveyor.bootstrap.usecases;

import dev.conveyor.testsupport.TestPostgres;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/** The cart-tracking contract on the JDBC adapters and a real PostgreSQL. */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "test.clock", value = "manual")
@Property(name = "conveyor.orders.confirmation-job.enabled", value = "false")
@Property(name = "micronaut.security.token.jwt.signatures.secret.generator.secret",
        value = "use-case-tests-secret-at-least-32-characters-long")
class PostgresCartTrackingTest extends CartTrackingContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return Map.of("datasources.default.url", TestPostgres.freshDatabase(),
                "datasources.default.username", "",
                "datasources.default.password", "");
    }
}
