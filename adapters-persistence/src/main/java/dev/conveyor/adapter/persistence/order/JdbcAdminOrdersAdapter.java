package dev.conveyor.adapter.persistence.order;

import static dev.conveyor.adapter.persistence.support.Columns.instant;
import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.adapter.persistence.support.SqlDialect;
import dev.conveyor.application.backoffice.port.out.AdminOrderSearch;
import dev.conveyor.application.backoffice.port.out.AdminOrdersPort;
import dev.conveyor.application.backoffice.port.out.OrderCustomer;
import dev.conveyor.application.backoffice.port.out.OrderExportRow;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.shared.Money;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The back office's search over every order. A page is read as the page's orders (filtered, sorted,
 * limited by the indexes of migration V5) joined with their lines and their customers (primary key
 * lookups of the page's rows only); the count stops at a limit, since counting a broad filter's matches
 * over millions of orders would cost more than the page.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcAdminOrdersAdapter implements AdminOrdersPort {

    /** Rows fetched per round trip while exporting. */
    private static final int EXPORT_FETCH_SIZE = 1000;

    /**
     * The email and name of customer {@code c}: a deleted account holds a placeholder email and no name,
     * which are no one's.
     */
    private static final String CUSTOMER = """
            CASE WHEN c.deleted_at IS NULL THEN c.email END AS customer_email,
            CASE WHEN c.deleted_at IS NULL THEN c.name END AS customer_name""";

    /** The shipping charge with its tax, as PriceBreakdown.Shipping has it: the discounted amount is gross or net as entered. */
    private static final String SHIPPING_GROSS = """
            CASE WHEN o.ship_amount_minor IS NULL THEN 0
                 WHEN o.prices_include_tax THEN o.ship_amount_minor - o.ship_discount_minor
                 ELSE o.ship_amount_minor - o.ship_discount_minor + o.ship_tax_minor END""";

    private static final String EXPORT = """
            SELECT o.id, o.number, o.placed_at, o.confirmed_at, o.cancelled_at, o.updated_at, o.customer_id,
                   %s, o.status, o.payment_status, o.fulfillment_status, o.progress, o.total_minor,
                   o.tax_minor, o.discount_minor, o.currency, o.ship_city, o.ship_country,
                   %s AS shipping_gross,
                   (SELECT COUNT(*) FROM order_lines x WHERE x.order_id = o.id) AS line_count,
                   (SELECT COALESCE(SUM(x.quantity), 0) FROM order_lines x WHERE x.order_id = o.id) AS units,
                   (SELECT COALESCE(SUM(p.amount_minor), 0) FROM payments p WHERE p.order_id = o.id) AS paid
              FROM orders o JOIN users c ON c.id = o.customer_id""".formatted(CUSTOMER, SHIPPING_GROSS);

    private final Jdbc jdbc;
    private final boolean postgresql;

    /** @param jdbc staleness-tolerant: an overview whose rows link to the order, read from the primary */
    JdbcAdminOrdersAdapter(@Named(Jdbc.READS) Jdbc jdbc) {
        this.jdbc = jdbc;
        // seller_orders and sku_orders, kept by triggers, come with PostgreSQL's migrations (V40, V44): H2 has no
        // triggers in SQL
        this.postgresql = jdbc.dialect() == SqlDialect.POSTGRESQL;
    }

    @Override
    public Found search(AdminOrderSearch search, PageRequest page, int countLimit) {
        AdminOrderSql sql = AdminOrderSql.of(search, postgresql, text(search, postgresql));
        long counted = jdbc.one("SELECT COUNT(*) FROM (SELECT 1" + sql.countFrom() + sql.where() + " LIMIT ?) m",
                statement -> statement.setInt(sql.bind(statement), countLimit + 1), row -> row.getLong(1))
                .orElse(0L);
        boolean complete = counted <= countLimit;
        long total = Math.min(counted, countLimit);
        if (complete && page.offset() >= total) {
            return new Found(List.of(), Map.of(), total, true);
        }
        String sortKey = sql.sortsByCustomer() ? ", " + sql.sortEmail() + " AS sort_email" : "";
        String join = sql.joinsCustomer() ? " JOIN users c ON c.id = o.customer_id" : "";
        // the page's ids first, then their orders: skipping a deep page's offset reads index entries only
        // (page 50 of a status: 1,000 entries of orders_status_placed_idx, not 1,000 orders)
        String query = """
                SELECT %s, %s
                  FROM (SELECT %s AS page_id%s%s%s%s
                         ORDER BY %s
                         LIMIT ? OFFSET ?) p
                  JOIN orders o ON o.id = p.page_id
                  JOIN order_lines l ON l.order_id = o.id
                  JOIN users c ON c.id = o.customer_id
                 ORDER BY %s, l.line_no""".formatted(OrderRows.COLUMNS, CUSTOMER, sql.pageId(), sortKey,
                sql.pageFrom(), join, sql.where(), sql.orderBy(), sql.pageOrderBy("p.sort_email"));
        Map<UUID, OrderCustomer> customers = new HashMap<>();
        List<Order> orders = OrderRows.read(jdbc, query, statement -> {
            int next = sql.bind(statement);
            statement.setInt(next, page.size());
            statement.setLong(next + 1, page.offset());
        }, row -> {
            OrderCustomer customer = customer(row);
            customers.put(customer.id(), customer);
        });
        return new Found(orders, customers, total, complete);
    }

    @Override
    public void export(AdminOrderSearch search, Consumer<OrderExportRow> rows) {
        // the export reads every match in the list's order: orders' own indexes serve it as well as any
        AdminOrderSql sql = AdminOrderSql.of(search, false, text(search, false));
        jdbc.stream(EXPORT + sql.where() + " ORDER BY " + sql.orderBy(), EXPORT_FETCH_SIZE,
                sql.binder(), row -> rows.accept(exportRow(row)));
    }

    private AdminOrderText text(AdminOrderSearch search, boolean postgresql) {
        return search.text() == null ? null : AdminOrderText.of(jdbc, search, postgresql);
    }

    private static OrderCustomer customer(ResultSet row) throws SQLException {
        return new OrderCustomer(uuid(row, "customer_id"), row.getString("customer_email"),
                row.getString("customer_name"));
    }

    private static OrderExportRow exportRow(ResultSet row) throws SQLException {
        String currency = row.getString("currency");
        OrderCustomer customer = customer(row);
        return new OrderExportRow(uuid(row, "id"), row.getString("number"), instant(row, "placed_at"),
                instant(row, "confirmed_at"), instant(row, "cancelled_at"), instant(row, "updated_at"),
                customer.id(), customer.email(), customer.name(),
                OrderStatus.valueOf(row.getString("status")),
                PaymentStatus.valueOf(row.getString("payment_status")),
                FulfillmentStatus.valueOf(row.getString("fulfillment_status")), row.getInt("progress"),
                row.getInt("line_count"), row.getLong("units"), Money.of(row.getLong("total_minor"), currency),
                Money.of(row.getLong("total_minor") - row.getLong("tax_minor"), currency),
                Money.of(row.getLong("tax_minor"), currency), Money.of(row.getLong("shipping_gross"), currency),
                Money.of(row.getLong("discount_minor"), currency), Money.of(row.getLong("paid"), currency), row.getString("ship_city"), row.getString("ship_country"));
    }
}
