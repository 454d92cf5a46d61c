package dev.conveyor.adapter.persistence;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import java.util.UUID;

/** Runs a test class against a private in-memory H2 database in the PostgreSQL mode the embedded default uses. */
public interface OnH2 extends TestPropertyProvider {

    String MODE = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Override
    default Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;" + MODE,
                "datasources.default.driver-class-name", "org.h2.Driver",
                "datasources.default.username", "sa",
                "datasources.default.password", "");
    }
}
