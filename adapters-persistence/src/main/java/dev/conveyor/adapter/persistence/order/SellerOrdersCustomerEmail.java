package dev.conveyor.adapter.persistence.order;

import dev.conveyor.adapter.persistence.support.OnlineMigration;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * Migration V43 (PostgreSQL; nothing to do elsewhere): copies each order's customer e-mail into
 * {@code seller_orders}, with an index per seller in e-mail order, so that a seller's orders sorted by
 * customer e-mail read one index range instead of walking every customer by e-mail and probing the seller's
 * rows for each (70,000 buffers for a page of 20 at 1,000,000 orders: docs/back-office.md).
 *
 * <p>A Java migration outside Flyway's transaction because the table holds a row per seller and order (two
 * million at a million orders): filling it in one {@code UPDATE} held, for over ten minutes on a busy machine,
 * the row locks every placement's trigger needs. The column is added without a default (no rewrite), the
 * triggers fill it from then on, the existing rows are filled in key order ({@link BatchedFill}), and the index is built {@code CONCURRENTLY} (writes go on meanwhile).
 * Rows the old trigger wrote in transactions still open when the new one took over are caught by a last pass.
 * Until the migration ends such rows sort last ({@code NULL}); no order is missing from the list meanwhile.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class SellerOrdersCustomerEmail extends OnlineMigration {

    private static final String TRIGGERS = """
            CREATE OR REPLACE FUNCTION seller_orders_of_new_lines() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO seller_orders (seller_id, order_id, status, total_minor, placed_at, customer_email)
                SELECT DISTINCT l.seller_id, o.id, o.status, o.total_minor, o.placed_at, c.email
                  FROM new_lines l JOIN orders o ON o.id = l.order_id JOIN users c ON c.id = o.customer_id
                    ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$;

            CREATE FUNCTION seller_orders_follow_customer() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE seller_orders s SET customer_email = NEW.email
                  FROM orders o
                 WHERE o.customer_id = NEW.id AND s.order_id = o.id;
                RETURN NULL;
            END $$;

            CREATE TRIGGER seller_orders_customer AFTER UPDATE OF email ON users FOR EACH ROW
                WHEN (OLD.email IS DISTINCT FROM NEW.email) EXECUTE FUNCTION seller_orders_follow_customer();
            """;

    /** One batch in key order after the last one's key; answers this batch's last key (none when done). */
    private static final String FILL = """
            WITH batch AS (SELECT seller_id, order_id FROM seller_orders
                            WHERE (seller_id, order_id) > (?, ?)
                            ORDER BY seller_id, order_id LIMIT ?),
                 filled AS (UPDATE seller_orders s SET customer_email = c.email
                              FROM batch b, orders o, users c
                             WHERE s.seller_id = b.seller_id AND s.order_id = b.order_id
                               AND o.id = s.order_id AND c.id = o.customer_id)
            SELECT seller_id, order_id FROM batch ORDER BY seller_id DESC, order_id DESC LIMIT 1""";

    private static final String FILL_STRAGGLERS = """
            UPDATE seller_orders s SET customer_email = c.email
              FROM orders o, users c
             WHERE s.customer_email IS NULL AND o.id = s.order_id AND c.id = o.customer_id""";

    SellerOrdersCustomerEmail() {
        super("43", "seller orders customer email");
    }

    @Override
    protected void onPostgres(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE seller_orders ADD COLUMN customer_email VARCHAR(254)");
            statement.execute(TRIGGERS);
        }
        UUID first = new UUID(0, 0);
        BatchedFill.run(connection, List.of(first, first), SellerOrdersCustomerEmail::fill);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(FILL_STRAGGLERS);
            statement.execute("""
                    CREATE INDEX CONCURRENTLY seller_orders_email_idx
                        ON seller_orders (seller_id, customer_email, placed_at, order_id)""");
        }
    }

    /** One batch of {@link #FILL} after the previous one's last key. */
    private static List<Object> fill(Connection connection, List<Object> after) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(FILL)) {
            update.setObject(1, after.get(0));
            update.setObject(2, after.get(1));
            update.setInt(3, BatchedFill.BATCH);
            try (ResultSet last = update.executeQuery()) {
                return last.next() ? List.of(last.getObject(1, UUID.class), last.getObject(2, UUID.class)) : null;
            }
        }
    }
}
