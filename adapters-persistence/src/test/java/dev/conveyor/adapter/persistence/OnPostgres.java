package dev.conveyor.adapter.persistence;

import dev.conveyor.testsupport.TestPostgres;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/** Runs a test class against a new, empty PostgreSQL database of its own. */
public interface OnPostgres extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", TestPostgres.freshDatabase(),
                "datasources.default.driver-class-name", "org.postgresql.Driver");
    }
}
