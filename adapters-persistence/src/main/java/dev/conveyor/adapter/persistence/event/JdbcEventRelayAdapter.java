package dev.conveyor.adapter.persistence.event;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.adapter.persistence.support.SqlDialect;
import dev.conveyor.application.events.port.out.EventRelayPort;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;

/**
 * Numbers committed rows of {@code event_log}. One relay at a time across every
 * instance: on PostgreSQL the transaction holds an advisory lock, on H2 (one
 * process) this object's monitor. Rows of a transaction that has not committed
 * yet are invisible to the relay's query and get their numbers on a later run,
 * above every number handed out before, so a reader never sees a gap fill in
 * behind it. Within a run rows are numbered by id, which are time-ordered
 * (UUIDv7), i.e. in the order they were appended.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcEventRelayAdapter implements EventRelayPort {

    /** "conveyor" in ASCII: the key of the relay's advisory lock. */
    private static final long LOCK_KEY = 0x636f6e7665796f72L;
    private static final int BATCH = 1_000;

    private final Jdbc jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcEventRelayAdapter(Jdbc jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public synchronized long assignPositions() {
        while (true) {
            Run run = transactions.execute(TransactionDefinition.DEFAULT, status -> numberOneBatch());
            if (run.numbered() < BATCH) {
                return run.latest();
            }
        }
    }

    private Run numberOneBatch() {
        if (jdbc.dialect() == SqlDialect.POSTGRESQL) {
            jdbc.read("SELECT pg_advisory_xact_lock(?)", statement -> statement.setLong(1, LOCK_KEY), rows -> null);
        }
        long last = jdbc.one("SELECT last_position FROM event_relay WHERE id = 1", statement -> { },
                row -> row.getLong(1)).orElseThrow(() -> new IllegalStateException("event_relay has no row"));
        List<UUID> ids = jdbc.list("SELECT id FROM event_log WHERE position IS NULL ORDER BY id LIMIT ?",
                statement -> statement.setInt(1, BATCH), row -> row.getObject(1, UUID.class));
        if (ids.isEmpty()) {
            return new Run(0, last);
        }
        long[] next = {last};
        jdbc.batch("UPDATE event_log SET position = ? WHERE id = ?", ids, (statement, id) -> {
            statement.setLong(1, ++next[0]);
            statement.setObject(2, id);
        });
        jdbc.update("UPDATE event_relay SET last_position = ? WHERE id = 1",
                statement -> statement.setLong(1, next[0]));
        return new Run(ids.size(), next[0]);
    }

    private record Run(int numbered, long latest) {
    }
}
