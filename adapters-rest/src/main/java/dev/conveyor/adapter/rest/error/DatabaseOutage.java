package dev.conveyor.adapter.rest.error;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure to reach the database from other failures, by the JDK's
 * standard SQL exceptions whatever layer wrapped them: the pool's timeout
 * waiting for a connection ({@link SQLTransientConnectionException}), a
 * connection that broke or could not be opened (SQLState class 08), or a
 * server shutting down or starting (57P01 to 57P03). The request did nothing
 * then (its transaction, if any, never committed), so the client may retry.
 */
final class DatabaseOutage {

    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    private static final int MAX_CAUSES = 16;

    private DatabaseOutage() {
    }

    static boolean isCause(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GOING_AWAY.contains(sql.getSQLState()))) {
                return true;
            }
            t = t.getCause();
        }
        return false;
    }
}
