package dev.conveyor.adapter.persistence.order;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.adapter.persistence.support.Paging;
import dev.conveyor.application.backoffice.port.out.AdminOrderSearch;
import dev.conveyor.domain.order.OrderNumber;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The filters and sort order of an {@link AdminOrderSearch} in SQL over {@code orders o} (and, for the
 * customer's email, {@code users c}), with the parameters they bind, in order.
 *
 * <p>Each query shape has an index to walk in the order of the page, so that a page of 20 reads about 20
 * rows whatever the number of orders (the plans are in docs/back-office.md). A seller's orders are read
 * from {@code seller_orders} on PostgreSQL, a copy of each order's status, total and placing time per
 * seller kept by triggers, because no index on {@code orders} can order one seller's orders: walking
 * every order by total and testing each for the seller's lines read 19,000 orders for a page of 20 of a
 * seller with few orders in that status.
 */
final class AdminOrderSql {

    /**
     * Where the page's rows come from, and the columns its filters and sort orders name.
     *
     * @param alone the source without {@code orders o}, for counting when no filter names {@code o}
     */
    private record Source(String from, String alone, String seller, String status, String placedAt, String total,
                          String id) {
    }

    private static final Source ORDERS = new Source(" FROM orders o", " FROM orders o", null, "o.status",
            "o.placed_at", "o.total_minor", "o.id");

    private static final Source SELLER_ORDERS = new Source(
            " FROM seller_orders so JOIN orders o ON o.id = so.order_id", " FROM seller_orders so",
            "so.seller_id = ?", "so.status", "so.placed_at", "so.total_minor", "so.order_id");

    /**
     * Text matches are gathered per source and joined by UNION, so that each side can use its own index
     * (trigram indexes on PostgreSQL) instead of one scan testing every order against every source. A deleted
     * account's placeholder email is no one's, so it matches nothing.
     */
    private static final String MATCHES = """
            SELECT t.id FROM orders t WHERE lower(t.number) LIKE ?
             UNION SELECT t.id FROM orders t
                    WHERE t.customer_id IN (SELECT u.id FROM users u
                                             WHERE u.deleted_at IS NULL
                                               AND (lower(u.email) LIKE ? OR lower(u.name) LIKE ?))
             UNION SELECT t.order_id FROM order_lines t WHERE lower(t.sku) LIKE ?""";

    /**
     * On PostgreSQL the matches are read first, as an array: the planner cannot estimate how many orders
     * a trigram match finds, and guessing many it scanned every order of a status to join them (31,000
     * buffers at 1,000,000 orders for a SKU's 1,000 orders) where looking the matches up by id reads 7,000.
     */
    private static final String TEXT_FIRST = "o.id = ANY(ARRAY(" + MATCHES + "))";

    private static final String TEXT = "o.id IN (" + MATCHES + ")";


    private final Source source;
    private final boolean countsWithoutOrders;
    private final String where;
    private final List<Param> params;
    private final AdminOrderSearch search;

    private AdminOrderSql(Source source, boolean countsWithoutOrders, String where, List<Param> params,
                          AdminOrderSearch search) {
        this.source = source;
        this.countsWithoutOrders = countsWithoutOrders;
        this.where = where;
        this.params = params;
        this.search = search;
    }

    /**
     * @param postgresql whether the database is PostgreSQL, which keeps {@code seller_orders}; elsewhere a
     *                   seller's orders are those with a line of theirs
     */
    static AdminOrderSql of(AdminOrderSearch search, boolean postgresql) {
        Source source = postgresql && search.sellerId() != null ? SELLER_ORDERS : ORDERS;
        List<String> conditions = new ArrayList<>();
        List<Param> params = new ArrayList<>();
        if (search.sellerId() != null) {
            UUID seller = search.sellerId().value();
            conditions.add(source == SELLER_ORDERS ? source.seller()
                    : "EXISTS (SELECT 1 FROM order_lines sl WHERE sl.order_id = o.id AND sl.seller_id = ?)");
            params.add(statement -> seller);
        }
        if (search.text() != null) {
            text(search.text(), postgresql ? TEXT_FIRST : TEXT, conditions, params);
        }
        if (!search.orderIds().isEmpty()) {
            Object[] ids = search.orderIds().stream().map(id -> id.value()).sorted().toArray();
            conditions.add("o.id = ANY(?)");
            params.add(statement -> statement.getConnection().createArrayOf("uuid", ids));
        }
        anyOf(conditions, params, source.status(), search.statuses());
        anyOf(conditions, params, "o.payment_status", search.paymentStatuses());
        anyOf(conditions, params, "o.fulfillment_status", search.fulfillmentStatuses());
        if (search.from() != null) {
            conditions.add(source.placedAt() + " >= ?");
            params.add(instant(search.from()));
        }
        if (search.to() != null) {
            conditions.add(source.placedAt() + " < ?");
            params.add(instant(search.to()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        boolean countsWithoutOrders = search.text() == null && search.orderIds().isEmpty()
                && search.paymentStatuses().isEmpty()
                && search.fulfillmentStatuses().isEmpty();
        return new AdminOrderSql(source, countsWithoutOrders, where, params, search);
    }

    private static void text(String text, String matching, List<String> conditions, List<Param> params) {
        Optional<OrderNumber> number = OrderNumber.parse(text);
        if (number.isPresent()) {
            // the trigrams of a whole number are those of every number of its year: the unique index finds it
            String value = number.get().value();
            conditions.add("o.number = ?");
            params.add(statement -> value);
            return;
        }
        String pattern = Paging.containsPattern(text);
        conditions.add(matching);
        for (int i = 0; i < 4; i++) {
            params.add(statement -> pattern);
        }
    }

    /** {@code FROM ...} with {@code orders o}: the table whose index the page walks. */
    String from() {
        return source.from();
    }

    /** {@code FROM ...} for counting the matches: without {@code orders o} when no filter needs it. */
    String countFrom() {
        return countsWithoutOrders ? source.alone() : source.from();
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
     * The sort order over {@link #from()}, ties broken by placing time and id in the same direction.
     *
     * @param email the expression of the customer's email
     */
    String orderBy(String email) {
        return orderBy(source, email);
    }

    /** The same order over rows of {@code orders o} (a page's rows, once chosen). */
    String pageOrderBy(String email) {
        return orderBy(ORDERS, email);
    }

    private String orderBy(Source columns, String email) {
        String direction = search.direction().name();
        String tieBreak = columns.placedAt() + " " + direction + ", " + columns.id() + " " + direction;
        return switch (search.sort()) {
            case CREATED_AT -> tieBreak;
            case NUMBER -> "o.number " + direction;
            case TOTAL -> columns.total() + " " + direction + ", " + tieBreak;
            case STATUS -> columns.status() + " " + direction + ", " + tieBreak;
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
        if (values.size() == 1) {
            // an index on (column, sort key) yields rows in sort order for one value, not for an array of them
            String name = values.iterator().next().name();
            conditions.add(column + " = ?");
            params.add(statement -> name);
        } else if (!values.isEmpty()) {
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
