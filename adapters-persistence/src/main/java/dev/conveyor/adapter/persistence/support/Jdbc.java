package dev.conveyor.adapter.persistence.support;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Hand-written SQL for the hot paths. Every statement runs on the connection of
 * the current transaction; outside a transaction a pooled connection is held for
 * the one call. {@link SQLException}s leave as Micronaut Data's
 * {@link DataAccessException}, like those of the generated repositories.
 * <p>
 * The {@code @Named("reads")} instance ({@link ReplicaReads}) serves reads that
 * tolerate a few seconds' staleness: from the read replica when one is set and
 * may serve this call, else like this one.
 */
@Singleton
@Primary
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
public final class Jdbc {

    /** The name of the instance for staleness-tolerant reads. */
    public static final String READS = "reads";

    private final ConnectionOperations<Connection> connections;
    /** Null: every call on {@link #connections}. */
    private final ReadReplica replica;
    private final SqlDialect dialect;

    @Inject
    Jdbc(ConnectionOperations<Connection> connections) {
        this(connections, null, null);
    }

    Jdbc(ConnectionOperations<Connection> connections, ReadReplica replica, SqlDialect dialect) {
        this.connections = connections;
        this.replica = replica;
        this.dialect = dialect != null ? dialect
                : withConnection(connection -> SqlDialect.of(connection.getMetaData().getDatabaseProductName()));
    }

    /** The database found at start-up. */
    public SqlDialect dialect() {
        return dialect;
    }

    public <T> T withConnection(ConnectionWork<T> work) {
        return route(work, true);
    }

    /** @param repeatable whether {@code work} may run again on the primary after the replica failed it */
    private <T> T route(ConnectionWork<T> work, boolean repeatable) {
        if (replica != null && replica.mayServe()) {
            return replica.run(work, repeatable, () -> onPrimary(work));
        }
        return onPrimary(work);
    }

    private <T> T onPrimary(ConnectionWork<T> work) {
        return run(connections, work);
    }

    static <T> T run(ConnectionOperations<Connection> connections, ConnectionWork<T> work) {
        return connections.execute(ConnectionDefinition.DEFAULT, status -> {
            try {
                return work.run(status.getConnection());
            } catch (SQLException e) {
                throw new DataAccessException("SQL failed: " + e.getMessage(), e);
            }
        });
    }

    /** @return the update count */
    public int update(String sql, Binder binder) {
        return withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                return statement.executeUpdate();
            }
        });
    }

    /** Sends one statement per item in a single JDBC batch. */
    public <T> void batch(String sql, Collection<T> items, ItemBinder<T> binder) {
        if (items.isEmpty()) {
            return;
        }
        withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (T item : items) {
                    binder.bind(statement, item);
                    statement.addBatch();
                }
                return statement.executeBatch();
            }
        });
    }

    public <T> List<T> list(String sql, Binder binder, RowMapper<T> mapper) {
        return withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    List<T> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(mapper.map(rows));
                    }
                    return result;
                }
            }
        });
    }

    public <T> Optional<T> one(String sql, Binder binder, RowMapper<T> mapper) {
        List<T> rows = list(sql, binder, mapper);
        if (rows.size() > 1) {
            throw new DataAccessException("expected at most one row, got " + rows.size() + " from: " + sql);
        }
        return rows.stream().findFirst();
    }

    /** Reads a whole result set, e.g. rows of several orders joined with their lines. */
    public <T> T read(String sql, Binder binder, ResultReader<T> reader) {
        return withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    return reader.read(rows);
                }
            }
        });
    }

    /**
     * Runs a query and hands its rows to {@code handler} while fetching them {@code fetchSize} at a time,
     * so that a result of any size passes through a little memory. PostgreSQL's driver keeps a cursor
     * instead of reading the whole result only inside a transaction, hence autocommit is off meanwhile.
     */
    public void stream(String sql, int fetchSize, Binder binder, RowHandler handler) {
        // not repeatable: the handler may have taken rows when the replica fails
        route(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(fetchSize);
                binder.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        handler.handle(rows);
                    }
                }
            } finally {
                if (autoCommit) {
                    // only read: nothing to commit
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
            return null;
        }, false);
    }

    @FunctionalInterface
    public interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    public interface ItemBinder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    public interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    public interface ResultReader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
