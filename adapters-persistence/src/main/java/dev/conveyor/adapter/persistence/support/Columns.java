package dev.conveyor.adapter.persistence.support;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Binding and reading the column types both databases share. Instants travel
 * as {@link OffsetDateTime} in UTC, which PostgreSQL and H2 map to
 * {@code TIMESTAMP WITH TIME ZONE} without consulting the JVM's time zone.
 */
public final class Columns {

    private Columns() {
    }

    public static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, value.atOffset(ZoneOffset.UTC));
        }
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, value);
        }
    }

    public static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    /** A {@code uuid = ANY(?)} parameter. */
    public static void setUuids(PreparedStatement statement, int index, UUID[] values) throws SQLException {
        statement.setArray(index, statement.getConnection().createArrayOf("uuid", values));
    }
}
