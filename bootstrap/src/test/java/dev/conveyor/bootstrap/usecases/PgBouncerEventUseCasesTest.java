package dev.conveyor.bootstrap.usecases;

import dev.conveyor.testsupport.PgBouncerProcess;
import dev.conveyor.testsupport.TestPostgres;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The {@link EventUseCaseContract} through a PgBouncer in transaction pooling mode, 4 server connections under a pool of
 * 20: the event log, its relay (an advisory lock per transaction) and followers hold when one connection's consecutive transactions run on different server
 * connections. Migrations run on the database directly (Flyway's own URL): they hold a session-level lock.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "test.clock", value = "manual")
@Property(name = "conveyor.orders.confirmation-job.enabled", value = "false")
@Property(name = "conveyor.security.login.attempts-per-account", value = "5")
@Property(name = "micronaut.security.token.jwt.signatures.secret.generator.secret",
        value = "use-case-tests-secret-at-least-32-characters-long")
class PgBouncerEventUseCasesTest extends EventUseCaseContract implements TestPropertyProvider {

    private String database;

    @Override
    public Map<String, String> getProperties() {
        database = TestPostgres.freshDatabase();
        return PgBouncerProcess.shared().applicationProperties(database);
    }

    @Test
    void theContractRunsThroughPgBouncer() throws InterruptedException {
        assertTrue(PgBouncerProcess.shared().awaitTransactions(database, Duration.ofSeconds(10)) > 0,
                "no transaction of " + database + " passed PgBouncer");
    }
}
