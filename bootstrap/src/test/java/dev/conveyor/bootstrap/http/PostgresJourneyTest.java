package dev.conveyor.bootstrap.http;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;

/** The journey on the production database, PostgreSQL. */
@MicronautTest(transactional = false)
class PostgresJourneyTest extends JourneyContract {

    @Override
    Map<String, String> serverWithFreshDatabase() {
        return TestServers.postgres();
    }
}
