package dev.conveyor.adapter.persistence.order;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.backoffice.port.in.SavedOrderView;
import dev.conveyor.application.backoffice.port.out.OrderViewsPort;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Saved views, their filters kept as the query string the order list reads (a flat map needs no JSON). */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcOrderViewsAdapter implements OrderViewsPort {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbc jdbc;

    JdbcOrderViewsAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * ON CONFLICT DO NOTHING keeps a PostgreSQL transaction alive on a taken name (and waits for a concurrent
     * insert of it); H2 fails the statement instead, undoing only that statement.
     */
    @Override
    public boolean insert(UserId owner, SavedOrderView view) {
        return jdbc.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO saved_order_views (id, owner_id, name, name_key, filters, created_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
                statement.setObject(1, view.id());
                statement.setObject(2, owner.value());
                statement.setString(3, view.name());
                statement.setString(4, view.name().toLowerCase(Locale.ROOT));
                statement.setString(5, encode(view.filters()));
                Columns.setInstant(statement, 6, view.createdAt());
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public List<SavedOrderView> findByOwner(UserId owner) {
        return jdbc.list("""
                        SELECT id, name, filters, created_at FROM saved_order_views
                         WHERE owner_id = ? ORDER BY name_key, id""",
                statement -> statement.setObject(1, owner.value()),
                row -> new SavedOrderView(Columns.uuid(row, "id"), row.getString("name"),
                        decode(row.getString("filters")), Columns.instant(row, "created_at")));
    }

    @Override
    public boolean delete(UserId owner, UUID viewId) {
        return jdbc.update("DELETE FROM saved_order_views WHERE id = ? AND owner_id = ?", statement -> {
            statement.setObject(1, viewId);
            statement.setObject(2, owner.value());
        }) == 1;
    }

    private static String encode(Map<String, String> filters) {
        return filters.entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> decode(String filters) {
        Map<String, String> decoded = new TreeMap<>();
        if (!filters.isEmpty()) {
            for (String pair : filters.split("&")) {
                int equals = pair.indexOf('=');
                decoded.put(pair.substring(0, equals),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return decoded;
    }
}
