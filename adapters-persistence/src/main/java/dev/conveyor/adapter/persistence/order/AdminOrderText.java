package dev.conveyor.adapter.persistence.order;

import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.adapter.persistence.support.Paging;
import dev.conveyor.adapter.persistence.support.SqlDialect;
import dev.conveyor.application.backoffice.port.out.AdminOrderSearch;
import dev.conveyor.domain.order.OrderNumber;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The back office's text search ({@link AdminOrderSearch}'s rule) as a condition on {@code orders o}, decided
 * by looking first: a whole order number is a unique-index lookup; else the sources whose values start with
 * the text (B-tree ranges: the numbers, the lines' SKUs, the customers by email or name words), each only when
 * it holds one; only when none does, the text anywhere (trigram indexes on PostgreSQL). When the text starts
 * one SKU only and nothing else, that SKU is told apart ({@link #sku()}): on PostgreSQL its orders have an
 * index of their own ({@code sku_orders}, V44).
 *
 * <p>Deciding in advance keeps each page's query a shape the planner orders by an index: the matching
 * customers become their ids, so one customer's newest orders are the first entries of
 * {@code orders_customer_idx} (20 rows) instead of 1,000 orders fetched by id and sorted; sources that hold
 * nothing stay out of the query instead of making it an {@code OR} no index serves.
 */
final class AdminOrderText {

    /** Up to this many customers are looked up by id; more (a prefix such as "a") by a sub-query. */
    private static final int CUSTOMER_IDS = 100;

    /**
     * A word of the text starts a word of the name: the name prefixed by a space holds a space and the word
     * (trigram-indexed on PostgreSQL, V41).
     */
    private static final String NAME_WORD = "' ' || lower(u.name) LIKE ?";

    /**
     * The text anywhere, gathered per source and joined by UNION, so that each side can use its own trigram
     * index instead of one scan testing every order against every source.
     */
    private static final String ANYWHERE = """
            SELECT t.id FROM orders t WHERE lower(t.number) LIKE ?
             UNION SELECT t.id FROM orders t
                    WHERE t.customer_id IN (SELECT u.id FROM users u
                                             WHERE u.deleted_at IS NULL
                                               AND (lower(u.email) LIKE ? OR lower(u.name) LIKE ?))
             UNION SELECT t.order_id FROM order_lines t WHERE lower(t.sku) LIKE ?""";

    /**
     * On PostgreSQL the matches anywhere are read first, as an array: the planner cannot estimate how many
     * orders a trigram match finds, and guessing many it scanned every order of a status to join them
     * (31,000 buffers at 1,000,000 orders for a SKU's 1,000 orders) where looking them up by id reads 7,000.
     */
    private static final String ANYWHERE_FIRST = "o.id = ANY(ARRAY(" + ANYWHERE + "))";

    private static final String ANYWHERE_IN = "o.id IN (" + ANYWHERE + ")";

    private final String condition;
    private final List<AdminOrderSql.Param> params;
    private final String sku;

    private AdminOrderText(String condition, List<AdminOrderSql.Param> params, String sku) {
        this.condition = condition;
        this.params = params;
        this.sku = sku;
    }

    private AdminOrderText(String condition, List<AdminOrderSql.Param> params) {
        this(condition, params, null);
    }

    /** The condition for the search's text; the search must have one. */
    static AdminOrderText of(Jdbc jdbc, AdminOrderSearch search, boolean postgresql) {
        String text = search.text();
        Optional<OrderNumber> number = OrderNumber.parse(text);
        if (number.isPresent()) {
            String value = number.get().value();
            return new AdminOrderText("o.number = ?", List.of(statement -> value));
        }
        // numbers and SKUs are stored upper-case, emails lower-case (the domain's values normalise them)
        String upperStart = Paging.literal(text.toUpperCase(Locale.ROOT)) + "%";
        String emailStart = Paging.literal(text.toLowerCase(Locale.ROOT)) + "%";
        List<String> wordStarts = search.textWords().stream().map(word -> "% " + Paging.literal(word) + "%").toList();
        String customer = "u.deleted_at IS NULL AND (u.email LIKE ? OR ("
                + String.join(" AND ", Collections.nCopies(wordStarts.size(), NAME_WORD)) + "))";
        List<AdminOrderSql.Param> customerParams = new ArrayList<>();
        customerParams.add(statement -> emailStart);
        wordStarts.forEach(pattern -> customerParams.add(statement -> pattern));

        // the first and last SKU starting with the text: the same when it names one SKU (PostgreSQL's sku_orders
        // finds them as two index entries; H2 has no sku_orders)
        String skus = jdbc.dialect() == SqlDialect.POSTGRESQL ? "sku_orders" : "order_lines";
        Starts starts = jdbc.one("""
                SELECT EXISTS (SELECT 1 FROM orders t WHERE t.number LIKE ?),
                       (SELECT min(t.sku) FROM %1$s t WHERE t.sku LIKE ?),
                       (SELECT max(t.sku) FROM %1$s t WHERE t.sku LIKE ?)""".formatted(skus), statement -> {
            statement.setString(1, upperStart);
            statement.setString(2, upperStart);
            statement.setString(3, upperStart);
        }, row -> new Starts(row.getBoolean(1), row.getString(2), row.getString(3))).orElseThrow();
        List<UUID> customers = jdbc.list("SELECT u.id FROM users u WHERE " + customer
                + " AND EXISTS (SELECT 1 FROM orders t WHERE t.customer_id = u.id) LIMIT " + (CUSTOMER_IDS + 1),
                statement -> AdminOrderSql.bind(statement, 1, customerParams), row -> uuid(row, "id"));

        List<String> conditions = new ArrayList<>();
        List<AdminOrderSql.Param> params = new ArrayList<>();
        if (starts.number()) {
            conditions.add("o.number LIKE ?");
            params.add(statement -> upperStart);
        }
        if (customers.size() == 1) {
            UUID id = customers.get(0);
            conditions.add("o.customer_id = ?");
            params.add(statement -> id);
        } else if (customers.size() > CUSTOMER_IDS) {
            conditions.add("o.customer_id IN (SELECT u.id FROM users u WHERE " + customer + ")");
            params.addAll(customerParams);
        } else if (!customers.isEmpty()) {
            Object[] ids = customers.toArray();
            conditions.add("o.customer_id = ANY(?)");
            params.add(statement -> statement.getConnection().createArrayOf("uuid", ids));
        }
        if (starts.firstSku() != null) {
            conditions.add("o.id IN (SELECT t.order_id FROM order_lines t WHERE t.sku LIKE ?)");
            params.add(statement -> upperStart);
        }
        if (conditions.isEmpty()) {
            String anywhere = Paging.containsPattern(text);
            return new AdminOrderText(postgresql ? ANYWHERE_FIRST : ANYWHERE_IN,
                    Collections.<AdminOrderSql.Param>nCopies(4, statement -> anywhere));
        }
        if (conditions.size() == 1) {
            String sku = starts.firstSku() != null && starts.firstSku().equals(starts.lastSku()) ? starts.firstSku()
                    : null;
            return new AdminOrderText(conditions.get(0), params, sku);
        }
        return new AdminOrderText("(" + String.join(" OR ", conditions) + ")", params);
    }

    private record Starts(boolean number, String firstSku, String lastSku) {
    }

    String condition() {
        return condition;
    }

    List<AdminOrderSql.Param> params() {
        return params;
    }

    /**
     * The one SKU that the text matches, when the text matches nothing else (a whole SKU, or the start of only
     * one): its orders are {@code sku_orders}' entries for it. Null otherwise.
     */
    String sku() {
        return sku;
    }
}
