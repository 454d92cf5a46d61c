package dev.conveyor.adapter.persistence.order;

import static dev.conveyor.adapter.persistence.support.MigrationTests.count;
import static dev.conveyor.adapter.persistence.support.MigrationTests.flyway;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V46 on PostgreSQL: the triggers that keep {@code seller_orders} and {@code sku_orders} plan their statements
 * once per connection; a connection that placed the first orders of a new database must still reach orders by
 * key once the database holds thousands that nothing analyzed (autovacuum off or behind), instead of scanning
 * the whole table inside every placement as it did (docs/performance.md, "The first server's placements").
 */
class TriggerPlansByKeyTest {

    /** Enough for any plan made on an empty table to be the wrong one: about 100 pages of orders. */
    private static final int GROWTH = 5_000;

    /** The tables that grow with the shop which the triggers read and write (users, a handful here, is left out). */
    private static final String SCANS_IN_THIS_TRANSACTION = """
            SELECT coalesce(sum(seq_scan), 0) FROM pg_stat_xact_user_tables
             WHERE relname IN ('orders', 'order_lines', 'seller_orders', 'sku_orders')""";

    private static final String ORDER = """
            INSERT INTO orders (id, number, customer_id, status, payment_status, total_minor, currency, ship_name,
                                ship_line1, ship_city, ship_postal_code, ship_country, placed_at, cancellable_until,
                                updated_at, version, fulfillment_status, progress)
            VALUES (?, ?, ?, 'PENDING', 'UNPAID', 2000, 'EUR', 'A', '1 Street', 'London', 'N1', 'GB', now(), now(),
                    now(), 0, 'UNFULFILLED', 0)""";

    /** Two lines of two sellers in one statement, as a placement writes them. */
    private static final String LINES = """
            INSERT INTO order_lines (order_id, line_no, product_id, sku, name, unit_price_minor, quantity, seller_id,
                                     shipped, delivered, cancelled, allocated)
            VALUES (?, 1, ?, 'SKU-1', 'Mug', 1000, 1, ?, 0, 0, 0, 0), (?, 2, ?, 'SKU-2', 'Mug', 1000, 1, ?, 0, 0, 0, 0)""";

    private String url;
    private final UUID customer = UUID.randomUUID();
    private final List<UUID> sellers = List.of(UUID.randomUUID(), UUID.randomUUID());
    private final List<UUID> products = List.of(UUID.randomUUID(), UUID.randomUUID());

    @BeforeEach
    void newDatabase() throws SQLException {
        url = TestPostgres.freshDatabase();
        flyway(url, new SellerOrdersCustomerEmail(), new SkuOrders()).load().migrate();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            // nothing analyzes the tables while this test grows them, wherever it runs
            for (String table : List.of("orders", "order_lines", "users", "seller_orders", "sku_orders")) {
                sql.execute("ALTER TABLE " + table + " SET (autovacuum_enabled = false)");
            }
            sql.execute("INSERT INTO categories (id, name, slug) VALUES (gen_random_uuid(), 'mugs', 'mugs')");
            user(connection, customer, "CUSTOMER");
            for (int i = 0; i < 2; i++) {
                user(connection, sellers.get(i), "SELLER");
                try (PreparedStatement product = connection.prepareStatement("""
                        INSERT INTO products (id, sku, name, name_lower, category, price_minor, currency, active,
                                              seller_id, on_hand, reserved, low_stock_threshold, created_at,
                                              updated_at, version, category_id)
                        VALUES (?, ?, 'Mug', 'mug', 'mugs', 1000, 'EUR', true, ?, 1000000, 0, 10, now(), now(), 0,
                                (SELECT id FROM categories))""")) {
                    product.setObject(1, products.get(i));
                    product.setString(2, "SKU-" + (i + 1));
                    product.setObject(3, sellers.get(i));
                    product.executeUpdate();
                }
            }
        }
    }

    @Test
    void theConnectionThatPlacedTheFirstOrderPlacesByKeyThousandsOfOrdersLater() throws SQLException {
        try (Connection first = DriverManager.getConnection(url); Statement sql = first.createStatement()) {
            for (int i = 0; i < 6; i++) {
                // six, so that a parameterised trigger statement has gone past its custom plans to a generic one
                UUID order = place(first, "ORD-FIRST-" + i);
                confirm(first, order);
            }
            growBeside();

            first.setAutoCommit(false);
            UUID order = place(first, "ORD-LAST");
            confirm(first, order);
            rename(first);
            sql.execute("DELETE FROM order_lines WHERE order_id = '" + order + "' AND line_no = 2");
            assertEquals(0, count(sql, SCANS_IN_THIS_TRANSACTION),
                    "a trigger scanned a whole table: its plan was made while the table was empty");
            first.commit();

            // the triggers still did their work: the second line's seller and SKU left with it
            assertEquals(1, count(sql, "SELECT count(*) FROM sku_orders WHERE order_id = '" + order + "'"));
            assertEquals(1, count(sql, "SELECT count(*) FROM seller_orders WHERE order_id = '" + order + "'"
                                       + " AND status = 'CONFIRMED' AND customer_email = 'renamed@example.com'"));
        }
    }

    @Test
    void everyTriggerFunctionIsPlannedForKeysAtEverySize() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement();
             ResultSet functions = sql.executeQuery("""
                     SELECT p.proname, coalesce(array_to_string(p.proconfig, ','), '') FROM pg_proc p
                      WHERE p.prorettype = 'trigger'::regtype
                        AND p.pronamespace = 'public'::regnamespace ORDER BY 1""")) {
            List<String> functionsPlannedBySize = new ArrayList<>();
            int seen = 0;
            while (functions.next()) {
                seen++;
                String settings = functions.getString(2);
                if (!settings.contains("enable_seqscan=off") || !settings.contains("enable_hashjoin=off")
                    || !settings.contains("enable_mergejoin=off")) {
                    functionsPlannedBySize.add(functions.getString(1));
                }
            }
            assertEquals(7, seen, "the trigger functions of seller_orders and sku_orders");
            assertEquals(List.of(), functionsPlannedBySize,
                    "a trigger function whose plan, made once per connection, follows the table's size then");
        }
    }

    private UUID place(Connection connection, String number) throws SQLException {
        UUID order = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement(ORDER)) {
            insert.setObject(1, order);
            insert.setString(2, number);
            insert.setObject(3, customer);
            insert.executeUpdate();
        }
        try (PreparedStatement lines = connection.prepareStatement(LINES)) {
            for (int i = 0; i < 2; i++) {
                lines.setObject(3 * i + 1, order);
                lines.setObject(3 * i + 2, products.get(i));
                lines.setObject(3 * i + 3, sellers.get(i));
            }
            lines.executeUpdate();
        }
        return order;
    }

    private static void confirm(Connection connection, UUID order) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE orders SET status = 'CONFIRMED', total_minor = total_minor + 1 WHERE id = ?")) {
            update.setObject(1, order);
            update.executeUpdate();
        }
    }

    private void rename(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE users SET email = ? WHERE id = ?")) {
            update.setString(1, "renamed@example.com");
            update.setObject(2, customer);
            update.executeUpdate();
        }
    }

    /** Other connections place the shop's next thousands of orders, one statement of lines each as the server does. */
    private void growBeside() throws SQLException {
        try (Connection other = DriverManager.getConnection(url)) {
            other.setAutoCommit(false);
            for (int i = 0; i < GROWTH; i++) {
                place(other, "ORD-" + i);
            }
            other.commit();
        }
    }

    private void user(Connection connection, UUID id, String role) throws SQLException {
        try (PreparedStatement user = connection.prepareStatement("""
                INSERT INTO users (id, email, password_hash, role, name, created_at, updated_at, version)
                VALUES (?, ?, NULL, ?, ?, now(), now(), 0)""")) {
            user.setObject(1, id);
            user.setString(2, id + "@example.com");
            user.setString(3, role);
            user.setString(4, role);
            user.executeUpdate();
        }
    }
}
