package dev.conveyor.adapter.persistence.order;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Fills a copy of existing rows on a live database, for a Java migration run outside Flyway's transaction:
 * in key order, {@value #BATCH} source rows at a time, each batch its own short transaction, so that no
 * writer waits on the migration's row locks for longer than a batch. A batch chosen as a deadlock's victim
 * (it locks rows that a writer of many rows locks in another order) is tried again.
 */
final class BatchedFill {

    static final int BATCH = 5_000;

    private static final String DEADLOCK = "40P01";

    private static final int ATTEMPTS = 5;

    /** Fills the rows after a key; answers the last key it filled, or null when none is left. */
    @FunctionalInterface
    interface Batch {
        List<Object> fill(Connection connection, List<Object> after) throws SQLException;
    }

    private BatchedFill() {
    }

    /** Runs {@code batch} from {@code first} (below every key) until none is left; leaves autocommit on. */
    static void run(Connection connection, List<Object> first, Batch batch) throws SQLException {
        connection.setAutoCommit(false);
        try {
            List<Object> after = first;
            while (after != null) {
                after = inTransaction(connection, after, batch);
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static List<Object> inTransaction(Connection connection, List<Object> after, Batch batch)
            throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                List<Object> last = batch.fill(connection, after);
                connection.commit();
                return last;
            } catch (SQLException e) {
                connection.rollback();
                if (!DEADLOCK.equals(e.getSQLState()) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
