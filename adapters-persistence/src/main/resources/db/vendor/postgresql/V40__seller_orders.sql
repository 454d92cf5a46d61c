-- PostgreSQL only. The back office lists one seller's orders filtered by status and sorted by total or
-- placing time; no index on orders can order one seller's orders, so walking orders by total and testing
-- each for a line of the seller read 19,000 orders at 1,000,000 for a page of 20 (docs/back-office.md).
-- seller_orders holds, per seller with a line in an order, the order's status, total and placing time,
-- with an index per sort, so a page reads about as many rows as it shows.
--
-- Triggers keep it, so that every writer of orders and order lines (the server, pgbench's copy of its
-- statements, a hand-made fix in psql) keeps it current without knowing it exists: a statement inserting
-- lines adds their sellers' rows; an update of an order's status or total copies them. Lines are never
-- deleted, so a seller's row never outlives their lines.

CREATE TABLE seller_orders (
    seller_id   UUID                     NOT NULL,
    order_id    UUID                     NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    status      VARCHAR(16)              NOT NULL,
    total_minor BIGINT                   NOT NULL,
    placed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (seller_id, order_id)
);
CREATE INDEX seller_orders_order_idx ON seller_orders (order_id);
CREATE INDEX seller_orders_placed_idx ON seller_orders (seller_id, placed_at, order_id);
CREATE INDEX seller_orders_total_idx ON seller_orders (seller_id, total_minor, placed_at, order_id);
CREATE INDEX seller_orders_status_placed_idx ON seller_orders (seller_id, status, placed_at, order_id);
CREATE INDEX seller_orders_status_total_idx ON seller_orders (seller_id, status, total_minor, placed_at, order_id);

INSERT INTO seller_orders (seller_id, order_id, status, total_minor, placed_at)
SELECT DISTINCT l.seller_id, o.id, o.status, o.total_minor, o.placed_at
  FROM order_lines l JOIN orders o ON o.id = l.order_id;

CREATE FUNCTION seller_orders_of_new_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO seller_orders (seller_id, order_id, status, total_minor, placed_at)
    SELECT DISTINCT l.seller_id, o.id, o.status, o.total_minor, o.placed_at
      FROM new_lines l JOIN orders o ON o.id = l.order_id
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

-- once per statement: a placement inserts its lines in one batch
CREATE TRIGGER seller_orders_lines AFTER INSERT ON order_lines
    REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION seller_orders_of_new_lines();

CREATE FUNCTION seller_orders_follow_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE seller_orders SET status = NEW.status, total_minor = NEW.total_minor WHERE order_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER seller_orders_order AFTER UPDATE OF status, total_minor ON orders FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.total_minor IS DISTINCT FROM NEW.total_minor)
    EXECUTE FUNCTION seller_orders_follow_order();
