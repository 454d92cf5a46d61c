package dev.conveyor.adapter.persistence.event;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads positioned rows of {@code event_log}; rows the relay has not numbered yet are never returned. */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcEventLogReaderAdapter implements EventLogReaderPort {

    private static final String COLUMNS = """
            position, id, type, aggregate_type, aggregate_id, order_id, customer_id, seller_ids, correlation_id,
            causation_id, actor_id, occurred_at, payload""";
    private static final Argument<Map<String, Object>> PAYLOAD = Argument.mapOf(String.class, Object.class);

    private final Jdbc jdbc;
    /**
     * The event API's search and the dashboard's counts: a replica that is behind answers fewer events, never
     * wrong ones (one WAL numbers them in order). Followers, consumers and replays read on {@link #jdbc}: they
     * take a position as read up to the relay's bound, so a missing event would be skipped for good.
     */
    private final Jdbc reads;
    private final JsonMapper json;

    JdbcEventLogReaderAdapter(Jdbc jdbc, @Named(Jdbc.READS) Jdbc reads, JsonMapper json) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.json = json;
    }

    @Override
    public List<LoggedEvent> read(long after, long upTo, Scope scope, int limit) {
        Where where = new Where().and("position > ?", after).and("position <= ?", upTo)
                .and("customer_id = ?", scope.customerId())
                .and("seller_ids LIKE ?", scope.sellerId() == null ? null : "%" + scope.sellerId() + "%")
                .and("order_id = ?", scope.orderId());
        return jdbc.list("SELECT " + COLUMNS + " FROM event_log" + where.sql() + " ORDER BY position LIMIT ?",
                statement -> where.bind(statement).setInt(where.size() + 1, limit), this::event);
    }

    @Override
    public Page<LoggedEvent> search(Search search, PageRequest page) {
        Where where = new Where().always("position IS NOT NULL")
                .and("position > ?", search.after())
                .and("type = ?", search.type())
                .and("aggregate_type = ?", search.aggregateType())
                .and("aggregate_id = ?", search.aggregateId())
                .and("correlation_id = ?", search.correlationId())
                .and("occurred_at >= ?", search.from())
                .and("occurred_at < ?", search.to());
        long total = reads.one("SELECT COUNT(*) FROM event_log" + where.sql(), where::bind, row -> row.getLong(1))
                .orElse(0L);
        List<LoggedEvent> items = reads.list("SELECT " + COLUMNS + " FROM event_log" + where.sql()
                        + " ORDER BY position LIMIT ? OFFSET ?",
                statement -> {
                    where.bind(statement).setInt(where.size() + 1, page.size());
                    statement.setLong(where.size() + 2, page.offset());
                }, this::event);
        return Page.of(items, page, total);
    }

    @Override
    public List<LoggedEvent> ofOrder(UUID orderId, int limit) {
        return jdbc.list("SELECT " + COLUMNS + " FROM event_log WHERE order_id = ? AND position IS NOT NULL"
                        + " ORDER BY position LIMIT ?",
                statement -> {
                    statement.setObject(1, orderId);
                    statement.setInt(2, limit);
                }, this::event);
    }

    @Override
    public Map<String, Long> countByType(Instant from, Instant to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        reads.list("""
                        SELECT type, COUNT(*) FROM event_log
                        WHERE position IS NOT NULL AND occurred_at >= ? AND occurred_at < ?
                        GROUP BY type ORDER BY type""",
                statement -> bindSpan(statement, from, to),
                row -> counts.put(row.getString(1), row.getLong(2)));
        return counts;
    }

    @Override
    public Map<Instant, Long> countByMinute(Instant from, Instant to) {
        // grouped in Java on whole minutes of the epoch: no time-zone arithmetic in SQL, the same on both databases
        Map<Instant, Long> counts = new TreeMap<>();
        reads.list("""
                        SELECT occurred_at FROM event_log
                        WHERE position IS NOT NULL AND occurred_at >= ? AND occurred_at < ?""",
                statement -> bindSpan(statement, from, to),
                row -> counts.merge(minuteOf(Columns.instant(row, "occurred_at")), 1L, Long::sum));
        return counts;
    }

    @Override
    public long latestPosition() {
        return jdbc.one("SELECT last_position FROM event_relay WHERE id = 1", statement -> { },
                row -> row.getLong(1)).orElse(0L);
    }

    @Override
    public long oldestPosition() {
        Long oldest = jdbc.read("SELECT MIN(position) FROM event_log", statement -> { },
                JdbcEventLogReaderAdapter::nullableLong);
        return oldest != null ? oldest : latestPosition() + 1;
    }

    @Override
    public int deleteOccurredBefore(Instant cutoff) {
        Long keepFrom = jdbc.read("SELECT MIN(position) FROM event_log WHERE position IS NOT NULL AND occurred_at >= ?",
                statement -> Columns.setInstant(statement, 1, cutoff), JdbcEventLogReaderAdapter::nullableLong);
        long firstKept = keepFrom != null ? keepFrom : latestPosition() + 1;
        return jdbc.update("DELETE FROM event_log WHERE position < ?", statement -> statement.setLong(1, firstKept));
    }

    /** The one value of a one-row aggregate such as MIN, which is NULL over no rows. */
    private static Long nullableLong(ResultSet rows) throws SQLException {
        return rows.next() ? rows.getObject(1, Long.class) : null;
    }

    private static void bindSpan(PreparedStatement statement, Instant from, Instant to) throws SQLException {
        Columns.setInstant(statement, 1, from);
        Columns.setInstant(statement, 2, to);
    }

    private static Instant minuteOf(Instant instant) {
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), 60) * 60);
    }

    private LoggedEvent event(ResultSet row) throws SQLException {
        return new LoggedEvent(row.getLong("position"), Columns.uuid(row, "id"), row.getString("type"),
                row.getString("aggregate_type"), Columns.uuid(row, "aggregate_id"), Columns.uuid(row, "order_id"),
                Columns.uuid(row, "customer_id"), sellerIds(row.getString("seller_ids")),
                row.getString("correlation_id"), Columns.uuid(row, "causation_id"), Columns.uuid(row, "actor_id"),
                Columns.instant(row, "occurred_at"), payload(row.getString("payload")));
    }

    private static Set<UUID> sellerIds(String column) {
        if (column == null || column.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(UUID::fromString).collect(Collectors.toUnmodifiableSet());
    }

    private Map<String, Object> payload(String text) {
        try {
            return json.readValue(text, PAYLOAD);
        } catch (IOException e) {
            throw new UncheckedIOException("event payload is not JSON: " + text, e);
        }
    }

    /** A conjunction of conditions whose parameter is present; conditions on absent parameters are left out. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        Where always(String condition) {
            conditions.add(condition);
            return this;
        }

        Where and(String condition, Object value) {
            if (value != null) {
                conditions.add(condition);
                values.add(value);
            }
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        int size() {
            return values.size();
        }

        PreparedStatement bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value instanceof Instant instant) {
                    Columns.setInstant(statement, i + 1, instant);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        }
    }
}
