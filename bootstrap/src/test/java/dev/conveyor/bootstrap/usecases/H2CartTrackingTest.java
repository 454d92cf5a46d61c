package dev.conveyor.bootstrap.usecases;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import java.util.UUID;

/** The cart-tracking contract on the JDBC adapters and H2, the embedded default, whose SQL differs. */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "test.clock", value = "manual")
@Property(name = "conveyor.orders.confirmation-job.enabled", value = "false")
@Property(name = "micronaut.security.token.jwt.signatures.secret.generator.secret",
        value = "use-case-tests-secret-at-least-32-characters-long")
class H2CartTrackingTest extends CartTrackingContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return Map.of("datasources.default.url", "jdbc:h2:mem:cart-tracking-" + UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "datasources.default.username", "sa",
                "datasources.default.password", "");
    }
}
