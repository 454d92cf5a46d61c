package dev.conveyor.adapter.rest.error;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Set;

/**
 * Tells a failure to reach the database from other failures, by the JDK's
 * standard SQL exceptions whatever layer wrapped them: the pool's timeout
 * waiting for a connection ({@link SQLTransientConnectionException}), a
 * connection that broke or could not be opened (SQLState class 08), or a
 * server shutting down or starting (57P01 to 57P03). The request did nothing
 * then (its transaction, if any, never committed), so the client may retry.
 *
 * <p>A connection that broke during a query is closed by the pool at once; tidying
 * it up afterwards (Micronaut Data resets its read-only flag) then fails with the
 * pool's "Connection is closed", which carries no SQLState and can hide the broken
 * query's own exception: it is recognised too, and suppressed exceptions are read.
 */
final class DatabaseOutage {

    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    /** HikariCP's message for any use of a connection it has closed (ProxyConnection.ClosedConnection). */
    private static final String CLOSED_BY_THE_POOL = "Connection is closed";
    private static final int MAX_CAUSES = 16;

    private DatabaseOutage() {
    }

    static boolean isCause(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++) {
            if (isOutage(t) || Arrays.stream(t.getSuppressed()).anyMatch(DatabaseOutage::isOutage)) {
                return true;
            }
            t = t.getCause();
        }
        return false;
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state == null ? CLOSED_BY_THE_POOL.equals(sql.getMessage())
                    : state.startsWith("08") || SERVER_GOING_AWAY.contains(state);
        }
        return false;
    }
}
