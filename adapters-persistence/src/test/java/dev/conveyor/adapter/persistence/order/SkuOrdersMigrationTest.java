package dev.conveyor.adapter.persistence.order;

import static dev.conveyor.adapter.persistence.support.MigrationTests.count;
import static dev.conveyor.adapter.persistence.support.MigrationTests.flyway;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * V44 on PostgreSQL: {@code sku_orders} holds a row per SKU of every order placed before it, its indexes are
 * built, and its triggers keep it equal to what the orders and their lines say afterwards.
 */
class SkuOrdersMigrationTest {

    /** More orders than two batches, so that the walk in key order has to go on from a batch's last key. */
    private static final int ORDERS = BatchedFill.BATCH + 1_000;

    /** Rows sku_orders should hold and does not, and rows it holds and should not. */
    private static final String DIFFERENCE = """
            SELECT count(*) FROM (
                (SELECT DISTINCT l.sku, o.id, o.status, o.placed_at
                   FROM orders o JOIN order_lines l ON l.order_id = o.id
                 EXCEPT SELECT sku, order_id, status, placed_at FROM sku_orders)
                UNION ALL
                (SELECT sku, order_id, status, placed_at FROM sku_orders
                 EXCEPT SELECT DISTINCT l.sku, o.id, o.status, o.placed_at
                   FROM orders o JOIN order_lines l ON l.order_id = o.id)) d""";

    @Test
    void ordersPlacedBeforeV44HaveTheirSkusAndLaterWritesFollow() throws Exception {
        String url = TestPostgres.freshDatabase();
        flyway(url, new SellerOrdersCustomerEmail(), new SkuOrders()).target("43").load().migrate();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.execute("""
                    INSERT INTO users (id, email, password_hash, role, name, created_at, updated_at, version)
                    VALUES (gen_random_uuid(), 'customer@example.com', NULL, 'CUSTOMER', 'Customer', now(), now(), 0),
                           (gen_random_uuid(), 'seller@example.com', NULL, 'SELLER', 'Seller', now(), now(), 0);
                    INSERT INTO categories (id, name, slug) VALUES (gen_random_uuid(), 'mugs', 'mugs');
                    INSERT INTO products (id, sku, name, name_lower, category, price_minor, currency, active,
                                          seller_id, on_hand, reserved, low_stock_threshold, created_at,
                                          updated_at, version, category_id)
                    SELECT gen_random_uuid(), 'SKU-' || i, 'Mug', 'mug', 'mugs', 1000, 'EUR', true, u.id,
                           1000000, 0, 10, now(), now(), 0, (SELECT id FROM categories)
                      FROM generate_series(1, 4) i, users u WHERE u.role = 'SELLER';
                    CREATE TEMP TABLE placed AS
                    SELECT i, gen_random_uuid() AS id FROM generate_series(1, %d) i;
                    INSERT INTO orders (id, number, customer_id, status, payment_status, total_minor, currency,
                                        ship_name, ship_line1, ship_city, ship_postal_code, ship_country, placed_at,
                                        cancellable_until, updated_at, version, fulfillment_status, progress)
                    SELECT p.id, 'ORD-' || p.i, c.id, 'CONFIRMED', 'UNPAID', 2000, 'EUR', 'A', '1 Street',
                           'London', 'N1', 'GB', now() - make_interval(secs => p.i), now(), now(), 0,
                           'UNFULFILLED', 0
                      FROM placed p, users c WHERE c.role = 'CUSTOMER';
                    -- three lines, two of them of the same SKU
                    INSERT INTO order_lines (order_id, line_no, product_id, sku, name, unit_price_minor, quantity,
                                             seller_id, shipped, delivered, cancelled, allocated)
                    SELECT p.id, s.n, pr.id, pr.sku, pr.name, 1000, 1, pr.seller_id, 0, 0, 0, 0
                      FROM placed p
                      CROSS JOIN generate_series(1, 3) s(n)
                      JOIN products pr ON pr.sku = 'SKU-' || (1 + (p.i + s.n / 2) %% 4);
                    """.formatted(ORDERS));
        }

        flyway(url, new SellerOrdersCustomerEmail(), new SkuOrders()).load().migrate();

        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            assertEquals(2L * ORDERS, count(sql, "SELECT count(*) FROM sku_orders"));
            assertEquals(0, count(sql, DIFFERENCE));
            assertEquals(2, count(sql, """
                    SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                     WHERE c.relname IN ('sku_orders_placed_idx', 'sku_orders_status_placed_idx')
                       AND i.indisvalid"""));

            // a placement, a status change, and edits as the server writes them: the lines deleted, then inserted
            sql.execute("""
                    INSERT INTO orders (id, number, customer_id, status, payment_status, total_minor, currency,
                                        ship_name, ship_line1, ship_city, ship_postal_code, ship_country, placed_at,
                                        cancellable_until, updated_at, version, fulfillment_status, progress)
                    SELECT gen_random_uuid(), 'ORD-NEW', c.id, 'PENDING', 'UNPAID', 2000, 'EUR', 'A', '1 Street',
                           'London', 'N1', 'GB', now(), now(), now(), 0, 'UNFULFILLED', 0
                      FROM users c WHERE c.role = 'CUSTOMER';
                    INSERT INTO order_lines (order_id, line_no, product_id, sku, name, unit_price_minor, quantity,
                                             seller_id, shipped, delivered, cancelled, allocated)
                    SELECT o.id, 1, pr.id, pr.sku, pr.name, 1000, 1, pr.seller_id, 0, 0, 0, 0
                      FROM orders o, products pr WHERE o.number = 'ORD-NEW' AND pr.sku = 'SKU-3';
                    UPDATE orders SET status = 'CANCELLED' WHERE number IN ('ORD-1', 'ORD-NEW');
                    CREATE TEMP TABLE kept AS
                    SELECT * FROM order_lines WHERE order_id IN (SELECT id FROM orders WHERE number IN ('ORD-2', 'ORD-3'));
                    DELETE FROM order_lines WHERE order_id IN (SELECT order_id FROM kept);
                    INSERT INTO order_lines SELECT * FROM kept WHERE line_no = 1;
                    """);
            assertEquals(0, count(sql, DIFFERENCE));
            assertEquals(2L * ORDERS - 2 + 1, count(sql, "SELECT count(*) FROM sku_orders"));
            assertEquals(2 + 1, count(sql, "SELECT count(*) FROM sku_orders WHERE status = 'CANCELLED'"));
        }
    }
}
