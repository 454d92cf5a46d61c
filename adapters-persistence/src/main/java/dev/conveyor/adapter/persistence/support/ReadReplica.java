package dev.conveyor.adapter.persistence.support;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional streaming replica (datasource {@code read}, {@code DATASOURCES_READ_URL}) and whether it may
 * serve a staleness-tolerant read now. It may when the call is not inside a transaction of the primary (a
 * decision sees the latest committed state), when the request's caller has not just written
 * ({@link PrimaryReads}), and when the last probe found it at most {@code conveyor.read-replica.max-lag}
 * behind. Otherwise, and when it gives no connection, the primary serves.
 * <p>
 * The lag is measured by WAL position, not by the replica's clock: each probe notes the primary's
 * {@code pg_current_wal_lsn()} and then the replica's {@code pg_last_wal_replay_lsn()}; whatever the primary
 * committed before the newest noted position the replica has replayed is on the replica. That also catches a
 * replica cut off from its primary, which by its own figures (everything received is replayed) looks current.
 */
@Singleton
@Requires(property = "datasources.read.url")
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
public final class ReadReplica {

    private static final Logger LOG = LoggerFactory.getLogger(ReadReplica.class);

    private final ConnectionOperations<Connection> primary;
    private final ConnectionOperations<Connection> replica;
    private final Duration maxLag;
    /** Primary positions noted by past probes, newest first, none older than the lag that still serves. */
    private final Deque<Noted> noted = new ArrayDeque<>();
    private volatile boolean serving;

    ReadReplica(ConnectionOperations<Connection> primary, @Named("read") ConnectionOperations<Connection> replica,
                @Value("${conveyor.read-replica.max-lag:2s}") Duration maxLag) {
        this.primary = primary;
        this.replica = replica;
        this.maxLag = maxLag;
    }

    boolean mayServe() {
        return serving && primary.findConnectionStatus().isEmpty() && !PrimaryReads.requested();
    }

    /**
     * Runs {@code work} on the replica. When that gives no connection, or loses it while {@code work} has
     * handed nothing over yet ({@code repeatable}: it only reads into a result it returns), the replica is
     * marked down and {@code onPrimary} runs instead.
     */
    <T> T run(Jdbc.ConnectionWork<T> work, boolean repeatable, Supplier<T> onPrimary) {
        AtomicBoolean connected = new AtomicBoolean();
        try {
            return Jdbc.run(replica, connection -> {
                connected.set(true);
                return work.run(connection);
            });
        } catch (RuntimeException e) {
            if (connected.get() && !(repeatable && connectionLost(e))) {
                throw e;
            }
            stop("it failed: " + e.getMessage());
            return onPrimary.get();
        }
    }

    /**
     * For reads through a generated repository bound to the {@code read} datasource: {@code onReplica} when the
     * replica may serve, else {@code onPrimary}; a failure on the replica marks it down and runs
     * {@code onPrimary} (a read only returns its result, so running it again hands nothing over twice).
     */
    public <T> T call(Supplier<T> onReplica, Supplier<T> onPrimary) {
        if (!mayServe()) {
            return onPrimary.get();
        }
        try {
            return onReplica.get();
        } catch (RuntimeException e) {
            stop("it failed: " + e.getMessage());
            return onPrimary.get();
        }
    }

    /** SQLSTATE class 08 (connection exception) or 57P0x (the server shut down or cannot take connections). */
    private static boolean connectionLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the last probe, or a failed call since, lets the replica serve. */
    public boolean serving() {
        return serving;
    }

    @Scheduled(fixedDelay = "${conveyor.read-replica.probe-interval:1s}")
    synchronized void probe() {
        long now = System.nanoTime();
        try {
            long primaryPosition = Jdbc.run(primary, connection -> position(connection, "pg_current_wal_lsn()"));
            long replayed = Jdbc.run(replica, connection -> position(connection, "pg_last_wal_replay_lsn()"));
            noted.addFirst(new Noted(now, primaryPosition));
            Duration lag = lag(now, replayed);
            while (noted.size() > 1 && Duration.ofNanos(now - noted.peekLast().nanos).compareTo(maxLag) > 0) {
                noted.removeLast();
            }
            if (lag == null || lag.compareTo(maxLag) > 0) {
                stop(lag == null ? "it replayed nothing noted within " + maxLag.toMillis() + " ms"
                        : "it is " + lag.toMillis() + " ms behind");
            } else if (!serving) {
                serving = true;
                LOG.info("read replica serves staleness-tolerant reads ({} ms behind)", lag.toMillis());
            }
        } catch (RuntimeException e) {
            stop("the probe failed: " + e.getMessage());
        }
    }

    /**
     * How stale the replica may be: everything committed before the newest noted primary position it has
     * replayed is on it, anything since may not be. Null when it has replayed none of the noted positions.
     */
    private Duration lag(long now, long replayed) {
        for (Noted entry : noted) {
            if (entry.position <= replayed) {
                // caught up with this very probe's position: behind by at most the time between the two queries
                return entry == noted.peekFirst() ? Duration.ZERO : Duration.ofNanos(now - entry.nanos);
            }
        }
        return null;
    }

    private void stop(String reason) {
        if (serving) {
            LOG.warn("read replica skipped, the primary serves every read: {}", reason);
        }
        serving = false;
    }

    private static long position(Connection connection, String function) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT " + function + "::text")) {
            row.next();
            String lsn = row.getString(1);
            if (lsn == null) {
                throw new SQLException(function + " is null: not a streaming replica");
            }
            int slash = lsn.indexOf('/');
            return (Long.parseLong(lsn.substring(0, slash), 16) << 32) | Long.parseLong(lsn.substring(slash + 1), 16);
        }
    }

    private record Noted(long nanos, long position) {
    }
}
