package dev.conveyor.adapter.persistence.order;

import static dev.conveyor.adapter.persistence.support.MigrationTests.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchedFill} on PostgreSQL against a writer that locks rows in the opposite order: the batch the
 * deadlock aborts is tried again, and the fill completes with every row filled.
 */
class BatchedFillTest {

    private static final int ROWS = 2 * BatchedFill.BATCH + 100;

    /** As {@link SkuOrders}: the batch's rows locked in key order, then filled; answers the last one's key. */
    private static final String LOCK = """
            SELECT id FROM (SELECT id FROM copy WHERE id > ? ORDER BY id LIMIT ? FOR UPDATE) b
             ORDER BY id DESC LIMIT 1""";

    private static final String FILL = "UPDATE copy SET filled = source WHERE id > ? AND id <= ?";

    /** The keys each batch started after, tries again included. */
    private final List<Integer> batchesAfter = new CopyOnWriteArrayList<>();

    @Test
    void aBatchChosenAsADeadlocksVictimIsTriedAgainAndTheFillCompletes() throws Exception {
        String url = TestPostgres.freshDatabase();
        try (Connection filler = DriverManager.getConnection(url);
             Connection writer = DriverManager.getConnection(url);
             Connection observer = DriverManager.getConnection(url);
             Statement writes = writer.createStatement();
             Statement sql = observer.createStatement()) {
            sql.execute("""
                    CREATE TABLE copy (id INT PRIMARY KEY, source INT NOT NULL, filled INT);
                    INSERT INTO copy SELECT i, 7 * i, NULL FROM generate_series(1, %d) i""".formatted(ROWS));
            // PostgreSQL checks for a deadlock once a wait has lasted deadlock_timeout, and aborts the one checking:
            // the filler, whose wait starts first, checks 3 s later (the writer's wait has begun by then), the writer
            // would only after a minute
            try (Statement settings = filler.createStatement()) {
                settings.execute("SET deadlock_timeout = '3s'");
            }
            writes.execute("SET deadlock_timeout = '1min'");
            long fillerPid = pid(filler);

            writer.setAutoCommit(false);
            writes.executeUpdate("UPDATE copy SET source = source WHERE id = " + BatchedFill.BATCH);
            CompletableFuture<Void> fill = CompletableFuture.runAsync(() -> fill(filler));
            awaitWaitingForALock(sql, fillerPid);
            // the filler holds rows 1 to BATCH - 1 and waits for the last: the writer's wait for row 1 closes the
            // cycle; once the filler's batch is aborted and rolled back, the writer gets row 1
            writes.executeUpdate("UPDATE copy SET source = source WHERE id = 1");
            writer.commit();
            fill.get(1, TimeUnit.MINUTES);

            assertEquals(List.of(0, 0, BatchedFill.BATCH, 2 * BatchedFill.BATCH, ROWS), batchesAfter,
                    "the first batch again after the deadlock (any other error ends the fill), then the others");
            assertEquals(0, count(sql, "SELECT count(*) FROM copy WHERE filled IS DISTINCT FROM source"));
        }
    }

    private void fill(Connection connection) {
        try {
            BatchedFill.run(connection, List.of(0), this::batch);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Object> batch(Connection connection, List<Object> after) throws SQLException {
        int first = (Integer) after.get(0);
        batchesAfter.add(first);
        int last;
        try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setInt(1, first);
            lock.setInt(2, BatchedFill.BATCH);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                last = row.getInt(1);
            }
        }
        try (PreparedStatement update = connection.prepareStatement(FILL)) {
            update.setInt(1, first);
            update.setInt(2, last);
            update.executeUpdate();
        }
        return List.of(last);
    }

    private static long pid(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            return count(sql, "SELECT pg_backend_pid()");
        }
    }

    private static void awaitWaitingForALock(Statement sql, long pid) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (count(sql, "SELECT count(*) FROM pg_stat_activity WHERE pid = %d AND wait_event_type = 'Lock'"
                .formatted(pid)) == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the filler never waited for the writer's row");
            }
            Thread.sleep(10);
        }
    }
}
