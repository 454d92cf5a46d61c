package dev.conveyor.bootstrap.usecases;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** The read cache in process, on PostgreSQL. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "test.clock", value = "manual")
@Property(name = "conveyor.orders.confirmation-job.enabled", value = "false")
@Property(name = "micronaut.security.token.jwt.signatures.secret.generator.secret",
        value = "use-case-tests-secret-at-least-32-characters-long")
class PostgresLocalReadCacheTest extends ReadCacheContract {

    @Override
    Map<String, String> cache() {
        return Map.of("conveyor.cache", "local");
    }

    @Override
    boolean holdsEntriesInProcess() {
        return true;
    }
}
