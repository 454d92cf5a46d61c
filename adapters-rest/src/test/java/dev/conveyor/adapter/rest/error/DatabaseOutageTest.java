package dev.conveyor.adapter.rest.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean the database could not be reached, however the layers above wrapped them. */
class DatabaseOutageTest {

    @Test
    void theStandardSignsOfAnOutageAreRecognisedAnywhereInTheChain() {
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLTransientConnectionException("pool timeout"))));
        assertTrue(DatabaseOutage.isCause(new IllegalStateException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseOutage.isCause(new SQLException("terminating connection", "57P01")));
    }

    /**
     * What Micronaut Data throws when the connection broke during a query: resetting the closed
     * connection fails with the pool's "Connection is closed" (no SQLState), the query's error suppressed
     * or lost.
     */
    @Test
    void aConnectionThePoolClosedAfterItBrokeIsAnOutageAndSoIsASuppressedBrokenQuery() {
        assertTrue(DatabaseOutage.isCause(new IllegalStateException("Could not set JDBC Connection read-only",
                new SQLException("Connection is closed"))));
        RuntimeException tidyingUp = new RuntimeException("cleanup failed");
        tidyingUp.addSuppressed(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertTrue(DatabaseOutage.isCause(tidyingUp));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseOutage.isCause(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseOutage.isCause(new SQLException("no state")));
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("boom")));
    }
}
