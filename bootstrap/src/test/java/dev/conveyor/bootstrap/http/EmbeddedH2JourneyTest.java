package dev.conveyor.bootstrap.http;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;

/** The journey on the embedded default: JDBC on an H2 file database, in-process cache and locks. */
@MicronautTest(transactional = false)
class EmbeddedH2JourneyTest extends JourneyContract {

    @Override
    Map<String, String> serverWithFreshDatabase() {
        return TestServers.h2();
    }
}
