package dev.conveyor.adapter.persistence.order;

import static dev.conveyor.adapter.persistence.support.MigrationTests.count;
import static dev.conveyor.adapter.persistence.support.MigrationTests.flyway;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * V43 on PostgreSQL: the customer e-mail of every {@code seller_orders} row written before it is filled in
 * batches, the index is built, and the triggers keep the copy current afterwards.
 */
class SellerOrdersEmailMigrationTest {

    /** More rows than two batches, so that the walk in key order has to go on from a batch's last key. */
    private static final int ORDERS = BatchedFill.BATCH + 1_000;

    @Test
    void rowsWrittenBeforeV43GetTheirCustomersEmailAndLaterChangesFollow() throws Exception {
        String url = TestPostgres.freshDatabase();
        flyway(url, new SellerOrdersCustomerEmail()).target("42").load().migrate();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.execute("""
                    INSERT INTO users (id, email, password_hash, role, name, created_at, updated_at, version)
                    SELECT gen_random_uuid(), format('%%s-%%s@example.com', kind, i), NULL, upper(kind), kind || i,
                           now(), now(), 0
                      FROM generate_series(1, 3) i, (VALUES ('customer'), ('seller')) k(kind);
                    INSERT INTO categories (id, name, slug) VALUES (gen_random_uuid(), 'mugs', 'mugs');
                    INSERT INTO products (id, sku, name, name_lower, category, price_minor, currency, active,
                                          seller_id, on_hand, reserved, low_stock_threshold, created_at,
                                          updated_at, version, category_id)
                    SELECT gen_random_uuid(), 'SKU-' || u.email, 'Mug', 'mug', 'mugs', 1000, 'EUR', true, u.id,
                           1000000, 0, 10, now(), now(), 0, (SELECT id FROM categories)
                      FROM users u WHERE u.role = 'SELLER';
                    CREATE TEMP TABLE placed AS
                    SELECT i, gen_random_uuid() AS id FROM generate_series(1, %d) i;
                    INSERT INTO orders (id, number, customer_id, status, payment_status, total_minor, currency,
                                        ship_name, ship_line1, ship_city, ship_postal_code, ship_country, placed_at,
                                        cancellable_until, updated_at, version, fulfillment_status, progress)
                    SELECT p.id, 'ORD-' || p.i, c.id, 'CONFIRMED', 'UNPAID', 2000, 'EUR', 'A', '1 Street',
                           'London', 'N1', 'GB', now() - make_interval(secs => p.i), now(), now(), 0,
                           'UNFULFILLED', 0
                      FROM placed p
                      JOIN users c ON c.email = format('customer-%%s@example.com', 1 + p.i %% 3);
                    INSERT INTO order_lines (order_id, line_no, product_id, sku, name, unit_price_minor, quantity,
                                             seller_id, shipped, delivered, cancelled, allocated)
                    SELECT p.id, s.n, pr.id, pr.sku, pr.name, 1000, 1, pr.seller_id, 0, 0, 0, 0
                      FROM placed p
                      CROSS JOIN generate_series(1, 2) s(n)
                      JOIN users u ON u.email = format('seller-%%s@example.com', 1 + (p.i + s.n) %% 3)
                      JOIN products pr ON pr.seller_id = u.id;
                    """.formatted(ORDERS));
            assertEquals(2L * ORDERS, count(sql, "SELECT count(*) FROM seller_orders"));
        }

        flyway(url, new SellerOrdersCustomerEmail()).load().migrate();

        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            String notTheirs = """
                    SELECT count(*) FROM seller_orders s JOIN orders o ON o.id = s.order_id
                      JOIN users c ON c.id = o.customer_id
                     WHERE s.customer_email IS DISTINCT FROM c.email""";
            assertEquals(0, count(sql, notTheirs));
            assertEquals(1, count(sql, """
                    SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                     WHERE c.relname = 'seller_orders_email_idx' AND i.indisvalid"""));

            sql.execute("UPDATE users SET email = 'renamed@example.com' WHERE email = 'customer-1@example.com'");
            sql.execute("""
                    INSERT INTO order_lines (order_id, line_no, product_id, sku, name, unit_price_minor, quantity,
                                             seller_id, shipped, delivered, cancelled, allocated)
                    SELECT o.id, 3, pr.id, pr.sku, pr.name, 1000, 1, pr.seller_id, 0, 0, 0, 0
                      FROM orders o, products pr
                     WHERE o.number = 'ORD-1' AND pr.sku = 'SKU-seller-1@example.com'""");
            assertEquals(0, count(sql, notTheirs));
            assertTrue(count(sql, "SELECT count(*) FROM seller_orders WHERE customer_email = 'renamed@example.com'")
                    > ORDERS / 3);
        }
    }
}
