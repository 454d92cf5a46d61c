package dev.conveyor.adapter.persistence.order;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.adapter.persistence.support.Paging;
import dev.conveyor.application.backoffice.port.out.AdminOrderSearch;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The filters and sort order of an {@link AdminOrderSearch} in SQL over {@code orders o} (and, for the
 * customer's email, {@code users c}), with the parameters they bind, in order.
 */
final class AdminOrderSql {

    /**
     * Text matches are gathered per source and joined by UNION, so that each side can use its own index
     * (trigram indexes on PostgreSQL) instead of one scan testing every order against every source. A deleted
     * account's placeholder email is no one's, so it matches nothing.
     */
    private static final String TEXT = """
            o.id IN (SELECT t.id FROM orders t WHERE lower(t.number) LIKE ?
                     UNION SELECT t.id FROM orders t
                            WHERE t.customer_id IN (SELECT u.id FROM users u
                                                     WHERE u.deleted_at IS NULL
                                                       AND (lower(u.email) LIKE ? OR lower(u.name) LIKE ?))
                     UNION SELECT t.order_id FROM order_lines t WHERE lower(t.sku) LIKE ?)""";

    private final String where;
    private final List<Param> params;
    private final AdminOrderSearch search;

    private AdminOrderSql(String where, List<Param> params, AdminOrderSearch search) {
        this.where = where;
        this.params = params;
        this.search = search;
    }

    static AdminOrderSql of(AdminOrderSearch search) {
        List<String> conditions = new ArrayList<>();
        List<Param> params = new ArrayList<>();
        if (search.text() != null) {
            String pattern = Paging.containsPattern(search.text());
            conditions.add(TEXT);
            for (int i = 0; i < 4; i++) {
                params.add(statement -> pattern);
            }
        }
        anyOf(conditions, params, "o.status", search.statuses());
        anyOf(conditions, params, "o.payment_status", search.paymentStatuses());
        anyOf(conditions, params, "o.fulfillment_status", search.fulfillmentStatuses());
        if (search.from() != null) {
            conditions.add("o.placed_at >= ?");
            params.add(instant(search.from()));
        }
        if (search.to() != null) {
            conditions.add("o.placed_at < ?");
            params.add(instant(search.to()));
        }
        if (search.sellerId() != null) {
            UUID seller = search.sellerId().value();
            conditions.add("EXISTS (SELECT 1 FROM order_lines sl WHERE sl.order_id = o.id AND sl.seller_id = ?)");
            params.add(statement -> seller);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new AdminOrderSql(where, params, search);
    }

    /** {@code WHERE ...}, or nothing without filters. */
    String where() {
        return where;
    }

    /** Whether the sort order needs {@code users c} joined. */
    boolean sortsByCustomer() {
        return search.sort() == AdminOrderSearch.Sort.CUSTOMER_EMAIL;
    }

    /**
     * The sort order, ties broken by placing time and id in the same direction.
     *
     * @param email the expression of the customer's email
     */
    String orderBy(String email) {
        String direction = search.direction().name();
        String tieBreak = "o.placed_at " + direction + ", o.id " + direction;
        return switch (search.sort()) {
            case CREATED_AT -> tieBreak;
            case NUMBER -> "o.number " + direction;
            case TOTAL -> "o.total_minor " + direction + ", " + tieBreak;
            case STATUS -> "o.status " + direction + ", " + tieBreak;
            case CUSTOMER_EMAIL -> email + " " + direction + ", " + tieBreak;
        };
    }

    /** Binds the filters' parameters from index 1; @return the next free index */
    int bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Param param : params) {
            Object value = param.value(statement);
            if (value instanceof Instant instant) {
                Columns.setInstant(statement, index++, instant);
            } else {
                statement.setObject(index++, value);
            }
        }
        return index;
    }

    Jdbc.Binder binder() {
        return this::bind;
    }

    private static void anyOf(List<String> conditions, List<Param> params, String column,
                              Set<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            Object[] names = values.stream().map(Enum::name).sorted().toArray();
            conditions.add(column + " = ANY(?)");
            params.add(statement -> statement.getConnection().createArrayOf("varchar", names));
        }
    }

    private static Param instant(Instant value) {
        return statement -> value;
    }

    @FunctionalInterface
    private interface Param {
        Object value(PreparedStatement statement) throws SQLException;
    }
}
