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
 * Migration V44 (PostgreSQL; nothing to do elsewhere): {@code sku_orders} holds a row per SKU and order with a
 * line of it, with the order's status and placing time, indexed per SKU in placing order (with and without
 * the status), so that the back office's search for a SKU reads a page's 20 index entries instead of the
 * SKU's 1,000 orders fetched by id and sorted (4,652 buffers at 1,000,000 orders: docs/back-office.md).
 *
 * <p>Triggers keep it, as {@code seller_orders} (V40, V9): a statement inserting lines adds their SKUs'
 * rows, one deleting lines (an edit writes an order's lines anew) removes the SKUs none of whose lines is
 * left, a status change is copied. The column is collated "C", so that a prefix ({@code LIKE 'SKU-1%'})
 * is a range of its indexes.
 *
 * <p>A Java migration outside Flyway's transaction, as V43: three million lines at a million orders. The
 * table and its triggers come first (new lines are copied from then on), the existing orders are copied in
 * key order ({@link BatchedFill}), each batch share-locking its orders before reading them, so that a
 * status change or an edit (both update the order's row, whose lock queues the writers of its lines)
 * either committed before the batch reads or waits for it and then finds the batch's rows to change; the
 * sort indexes are built {@code CONCURRENTLY}, and the table is vacuumed (neither blocks writes).
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class SkuOrders extends OnlineMigration {

    private static final String TABLE_AND_TRIGGERS = """
            CREATE TABLE sku_orders (
                sku       VARCHAR(64) COLLATE "C"  NOT NULL,
                order_id  UUID                     NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
                status    VARCHAR(16)              NOT NULL,
                placed_at TIMESTAMP WITH TIME ZONE NOT NULL,
                PRIMARY KEY (sku, order_id)
            );
            CREATE INDEX sku_orders_order_idx ON sku_orders (order_id);

            CREATE FUNCTION sku_orders_of_new_lines() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO sku_orders (sku, order_id, status, placed_at)
                SELECT DISTINCT l.sku, o.id, o.status, o.placed_at
                  FROM new_lines l JOIN orders o ON o.id = l.order_id
                    ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$;

            -- once per statement: a placement inserts its lines in one batch
            CREATE TRIGGER sku_orders_lines AFTER INSERT ON order_lines
                REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION sku_orders_of_new_lines();

            CREATE FUNCTION sku_orders_of_removed_lines() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM sku_orders s
                 USING (SELECT DISTINCT order_id, sku FROM old_lines) o
                 WHERE s.order_id = o.order_id AND s.sku = o.sku COLLATE "C"
                   AND NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.order_id AND l.sku = o.sku);
                RETURN NULL;
            END $$;

            CREATE TRIGGER sku_orders_removed_lines AFTER DELETE ON order_lines
                REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT EXECUTE FUNCTION sku_orders_of_removed_lines();

            CREATE FUNCTION sku_orders_follow_order() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE sku_orders SET status = NEW.status WHERE order_id = NEW.id;
                RETURN NULL;
            END $$;

            CREATE TRIGGER sku_orders_order AFTER UPDATE OF status ON orders FOR EACH ROW
                WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION sku_orders_follow_order();
            """;

    /** The batch's orders, locked; answers the last one's id. */
    private static final String LOCK = """
            SELECT id FROM (SELECT id FROM orders WHERE id > ? ORDER BY id LIMIT ? FOR SHARE) b
             ORDER BY id DESC LIMIT 1""";

    /** A statement of its own: its snapshot, taken once the orders are locked, holds their last writes. */
    private static final String FILL = """
            INSERT INTO sku_orders (sku, order_id, status, placed_at)
            SELECT DISTINCT l.sku, o.id, o.status, o.placed_at
              FROM orders o JOIN order_lines l ON l.order_id = o.id
             WHERE o.id > ? AND o.id <= ?
                ON CONFLICT DO NOTHING""";

    SkuOrders() {
        super("44", "sku orders");
    }

    @Override
    protected void onPostgres(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(TABLE_AND_TRIGGERS);
        }
        BatchedFill.run(connection, List.of(new UUID(0, 0)), SkuOrders::fill);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX CONCURRENTLY sku_orders_placed_idx ON sku_orders (sku, placed_at, order_id)");
            statement.execute("""
                    CREATE INDEX CONCURRENTLY sku_orders_status_placed_idx
                        ON sku_orders (sku, status, placed_at, order_id)""");
            // a new table has neither statistics nor a visibility map until (auto)vacuum comes by: counting a SKU's
            // 1,000 orders visited the heap for each (590 to 989 buffers), 14 after it (docs/back-office.md)
            statement.execute("VACUUM (ANALYZE) sku_orders");
        }
    }

    private static List<Object> fill(Connection connection, List<Object> after) throws SQLException {
        UUID last;
        try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setObject(1, after.get(0));
            lock.setInt(2, BatchedFill.BATCH);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                last = row.getObject(1, UUID.class);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(FILL)) {
            insert.setObject(1, after.get(0));
            insert.setObject(2, last);
            insert.executeUpdate();
        }
        return List.of(last);
    }
}
