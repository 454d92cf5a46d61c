package dev.conveyor.adapter.persistence.order;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
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
 *
 * <p>Each query shape has an index to walk in the order of the page, so that a page of 20 reads about 20
 * rows whatever the number of orders (the plans are in docs/back-office.md). A seller's orders are read
 * from {@code seller_orders} on PostgreSQL, a copy of each order's status, total and placing time per
 * seller kept by triggers, because no index on {@code orders} can order one seller's orders: walking
 * every order by total and testing each for the seller's lines read 19,000 orders for a page of 20 of a
 * seller with few orders in that status. Likewise the orders of the one SKU a text matches, newest or oldest
 * first, are read from {@code sku_orders} (V44): the SKU's 1,000 orders fetched by id and sorted read 4,652
 * buffers for a page of 20.
 */
final class AdminOrderSql {

    /**
     * Where the page's rows come from, and the columns its filters and sort orders name.
     *
     * @param alone the source without {@code orders o}, for counting when no filter names {@code o}
     * @param email the customer's e-mail in the source, null when {@code users c} must be joined for it
     */
    private record Source(String from, String alone, String seller, String status, String placedAt, String total,
                          String id, String email) {
    }

    private static final Source ORDERS = new Source(" FROM orders o", " FROM orders o", null, "o.status",
            "o.placed_at", "o.total_minor", "o.id", null);

    private static final Source SELLER_ORDERS = new Source(
            " FROM seller_orders so JOIN orders o ON o.id = so.order_id", " FROM seller_orders so",
            "so.seller_id = ?", "so.status", "so.placed_at", "so.total_minor", "so.order_id", "so.customer_email");

    /** One SKU's orders sorted by placing time; other sorts need {@code orders}' columns, which it lacks. */
    private static final Source SKU_ORDERS = new Source(" FROM sku_orders k JOIN orders o ON o.id = k.order_id",
            " FROM sku_orders k", null, "k.status", "k.placed_at", null, "k.order_id", null);

    private final Source source;
    private final boolean countsWithoutOrders;
    private final String where;
    private final List<Param> params;
    private final AdminOrderSearch search;
    private final String number;

    private AdminOrderSql(Source source, boolean countsWithoutOrders, String where, List<Param> params,
                          AdminOrderSearch search, String number) {
        this.source = source;
        this.number = number;
        this.countsWithoutOrders = countsWithoutOrders;
        this.where = where;
        this.params = params;
        this.search = search;
    }

    /**
     * @param postgresql whether the database is PostgreSQL, which keeps {@code seller_orders}; elsewhere a
     *                   seller's orders are those with a line of theirs
     * @param text       the condition of the search's text, null without text
     */
    static AdminOrderSql of(AdminOrderSearch search, boolean postgresql, AdminOrderText text) {
        Source source = postgresql && search.sellerId() != null ? SELLER_ORDERS
                : postgresql && text != null && text.sku() != null && search.sort() == AdminOrderSearch.Sort.CREATED_AT
                ? SKU_ORDERS : ORDERS;
        List<String> conditions = new ArrayList<>();
        List<Param> params = new ArrayList<>();
        if (search.sellerId() != null) {
            UUID seller = search.sellerId().value();
            conditions.add(source == SELLER_ORDERS ? source.seller()
                    : "EXISTS (SELECT 1 FROM order_lines sl WHERE sl.order_id = o.id AND sl.seller_id = ?)");
            params.add(statement -> seller);
        }
        if (source == SKU_ORDERS) {
            String sku = text.sku();
            conditions.add("k.sku = ?");
            params.add(statement -> sku);
        } else if (text != null) {
            conditions.add(text.condition());
            params.addAll(text.params());
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
        boolean countsWithoutOrders = (search.text() == null || source == SKU_ORDERS) && search.orderIds().isEmpty()
                && search.paymentStatuses().isEmpty()
                && search.fulfillmentStatuses().isEmpty();
        // Numbers follow placing time, which the planner does not know: given a date range and sort=number it
        // walked the number index through every order on one side of the range (458,000 buffers for a week at
        // 1,000,000 orders). Another collation than the index's leaves it the range's covering index (V42) and
        // a top-N sort; numbers (letters, digits, hyphens) sort alike in every collation.
        String number = postgresql && (search.from() != null || search.to() != null) ? "o.number COLLATE \"C\""
                : "o.number";
        return new AdminOrderSql(source, countsWithoutOrders, where, params, search, number);
    }

    /**
     * {@code FROM ...} of the page's ids: without {@code orders o} when neither a filter nor the sort order
     * needs it, so that a seller's page reads {@code seller_orders}' index alone.
     */
    String pageFrom() {
        boolean sortsByOrders = search.sort() == AdminOrderSearch.Sort.NUMBER || joinsCustomer();
        return countsWithoutOrders && !sortsByOrders ? source.alone() : source.from();
    }

    /** The page's order id in {@link #pageFrom()}. */
    String pageId() {
        return source.id();
    }

    /** {@code FROM ...} for counting the matches: without {@code orders o} when no filter needs it. */
    String countFrom() {
        return countsWithoutOrders ? source.alone() : source.from();
    }

    /** {@code WHERE ...}, or nothing without filters. */
    String where() {
        return where;
    }

    /** Whether the page is sorted by the customer's e-mail. */
    boolean sortsByCustomer() {
        return search.sort() == AdminOrderSearch.Sort.CUSTOMER_EMAIL;
    }

    /** Whether the sort order needs {@code users c} joined to {@link #pageFrom()}. */
    boolean joinsCustomer() {
        return sortsByCustomer() && source.email() == null;
    }

    /** The customer's e-mail in {@link #pageFrom()}: {@code seller_orders}' copy, else {@code users c}'s. */
    String sortEmail() {
        return source.email() == null ? "c.email" : source.email();
    }

    /** The sort order over {@link #pageFrom()}, ties broken by placing time and id in the same direction. */
    String orderBy() {
        return orderBy(source, sortEmail());
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
            case NUMBER -> number + " " + direction;
            case TOTAL -> columns.total() + " " + direction + ", " + tieBreak;
            case STATUS -> columns.status() + " " + direction + ", " + tieBreak;
            case CUSTOMER_EMAIL -> email + " " + direction + ", " + tieBreak;
        };
    }

    /** Binds the filters' parameters from index 1; @return the next free index */
    int bind(PreparedStatement statement) throws SQLException {
        return bind(statement, 1, params);
    }

    /** Binds {@code params} from {@code index}; @return the next free index */
    static int bind(PreparedStatement statement, int index, List<Param> params) throws SQLException {
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

    /** A parameter's value, made when binding (an SQL array needs the statement's connection). */
    @FunctionalInterface
    interface Param {
        Object value(PreparedStatement statement) throws SQLException;
    }
}
