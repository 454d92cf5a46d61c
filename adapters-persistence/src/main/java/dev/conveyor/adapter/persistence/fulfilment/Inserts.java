package dev.conveyor.adapter.persistence.fulfilment;

import dev.conveyor.adapter.persistence.support.Jdbc;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Inserts that write nothing when a unique key is taken, on both databases. */
final class Inserts {

    private static final String UNIQUE_VIOLATION = "23505";

    private Inserts() {
    }

    /**
     * Runs an {@code INSERT ... ON CONFLICT DO NOTHING}. PostgreSQL waits for a concurrent insert of the same
     * key and then inserts nothing; H2 lets the concurrent insert fail instead, undoing only that statement.
     *
     * @return whether the row was inserted
     */
    static boolean ifAbsent(Jdbc jdbc, String insert, Jdbc.Binder binder) {
        return jdbc.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                binder.bind(statement);
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        });
    }
}
