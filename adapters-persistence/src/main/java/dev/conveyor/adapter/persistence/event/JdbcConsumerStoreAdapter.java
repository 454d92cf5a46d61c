package dev.conveyor.adapter.persistence.event;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.events.port.out.ConsumerStorePort;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Consumers' positions in {@code event_consumer}. A runner locks the consumer's row with
 * {@code FOR UPDATE SKIP LOCKED} (both databases): a second runner, on this instance or another, skips the
 * consumer instead of waiting, and the lock ends with the transaction, or with the connection of an instance
 * that died.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcConsumerStoreAdapter implements ConsumerStorePort {

    private static final String COLUMNS = """
            name, position, paused, attempts, next_attempt_at, last_error, last_failed_at, dead_letters""";

    private final Jdbc jdbc;

    JdbcConsumerStoreAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void register(String name, long position) {
        try {
            jdbc.update("""
                            INSERT INTO event_consumer (name, position, paused, attempts, dead_letters)
                            SELECT ?, ?, FALSE, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM event_consumer WHERE name = ?)""",
                    statement -> {
                        statement.setString(1, name);
                        statement.setLong(2, position);
                        statement.setString(3, name);
                    });
        } catch (DataAccessException e) {
            // another instance registered it at the same moment: its row stands
            if (find(name).isEmpty()) {
                throw e;
            }
        }
    }

    @Override
    public Optional<ConsumerState> tryLock(String name) {
        return jdbc.one("SELECT " + COLUMNS + " FROM event_consumer WHERE name = ? FOR UPDATE SKIP LOCKED",
                statement -> statement.setString(1, name), JdbcConsumerStoreAdapter::state);
    }

    @Override
    public Optional<ConsumerState> lock(String name) {
        return jdbc.one("SELECT " + COLUMNS + " FROM event_consumer WHERE name = ? FOR UPDATE",
                statement -> statement.setString(1, name), JdbcConsumerStoreAdapter::state);
    }

    private Optional<ConsumerState> find(String name) {
        return jdbc.one("SELECT " + COLUMNS + " FROM event_consumer WHERE name = ?",
                statement -> statement.setString(1, name), JdbcConsumerStoreAdapter::state);
    }

    @Override
    public List<ConsumerState> all() {
        return jdbc.list("SELECT " + COLUMNS + " FROM event_consumer ORDER BY name", statement -> { },
                JdbcConsumerStoreAdapter::state);
    }

    @Override
    public void save(ConsumerState state) {
        jdbc.update("""
                        UPDATE event_consumer SET position = ?, paused = ?, attempts = ?, next_attempt_at = ?,
                        last_error = ?, last_failed_at = ? WHERE name = ?""",
                statement -> {
                    statement.setLong(1, state.position());
                    statement.setBoolean(2, state.paused());
                    statement.setInt(3, state.attempts());
                    Columns.setInstant(statement, 4, state.nextAttemptAt());
                    statement.setString(5, state.lastError());
                    Columns.setInstant(statement, 6, state.lastFailedAt());
                    statement.setString(7, state.name());
                });
    }

    @Override
    public void addDeadLetter(DeadLetter letter) {
        jdbc.update("""
                        INSERT INTO event_consumer_dead_letter
                        (id, consumer, position, event_id, event_type, attempts, error, failed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                statement -> {
                    statement.setObject(1, letter.id());
                    statement.setString(2, letter.consumer());
                    statement.setLong(3, letter.position());
                    statement.setObject(4, letter.eventId());
                    statement.setString(5, letter.eventType());
                    statement.setInt(6, letter.attempts());
                    statement.setString(7, letter.error());
                    Columns.setInstant(statement, 8, letter.failedAt());
                });
        jdbc.update("UPDATE event_consumer SET dead_letters = dead_letters + 1 WHERE name = ?",
                statement -> statement.setString(1, letter.consumer()));
    }

    @Override
    public Page<DeadLetter> deadLetters(String consumer, PageRequest page) {
        long total = jdbc.one("SELECT COUNT(*) FROM event_consumer_dead_letter WHERE consumer = ?",
                statement -> statement.setString(1, consumer), row -> row.getLong(1)).orElse(0L);
        List<DeadLetter> items = jdbc.list("""
                        SELECT id, consumer, position, event_id, event_type, attempts, error, failed_at
                        FROM event_consumer_dead_letter WHERE consumer = ?
                        ORDER BY failed_at DESC, position DESC LIMIT ? OFFSET ?""",
                statement -> {
                    statement.setString(1, consumer);
                    statement.setInt(2, page.size());
                    statement.setLong(3, page.offset());
                },
                row -> new DeadLetter(Columns.uuid(row, "id"), row.getString("consumer"), row.getLong("position"),
                        Columns.uuid(row, "event_id"), row.getString("event_type"), row.getInt("attempts"),
                        row.getString("error"), Columns.instant(row, "failed_at")));
        return Page.of(items, page, total);
    }

    private static ConsumerState state(ResultSet row) throws SQLException {
        return new ConsumerState(row.getString("name"), row.getLong("position"), row.getBoolean("paused"),
                row.getInt("attempts"), Columns.instant(row, "next_attempt_at"), row.getString("last_error"),
                Columns.instant(row, "last_failed_at"), row.getLong("dead_letters"));
    }
}
