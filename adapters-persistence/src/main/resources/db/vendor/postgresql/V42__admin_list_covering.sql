-- PostgreSQL only. Two shapes of the admin order list that still read thousands of orders for a page of 20 at
-- 1,000,000 orders (the plans are in docs/back-office.md):
--
-- A date range sorted by anything but placing time walked the sort's own index and tested each order for the
-- range: a week sorted by number read 458,000 buffers (6 s). The range's index now carries what the other
-- sorts and the page's ids need, so the range's orders (a week: 19,000) are read from it alone and the top
-- 20 sorted; it takes the place of V5's orders (placed_at, id), whose every use it serves.
CREATE INDEX orders_placed_cover_idx ON orders (placed_at, id) INCLUDE (number, total_minor, status, customer_id);
DROP INDEX orders_placed_idx;

-- A seller's orders sorted by the customer's email walked the customers by email and probed seller_orders
-- for each of their orders (14,000 probes, 70,000 buffers). seller_orders now holds each order's customer,
-- so the walk reads the seller's rows of each customer from one index. An order's customer never changes.
ALTER TABLE seller_orders ADD COLUMN customer_id UUID;
UPDATE seller_orders so SET customer_id = o.customer_id FROM orders o WHERE o.id = so.order_id;
ALTER TABLE seller_orders ALTER COLUMN customer_id SET NOT NULL;
CREATE INDEX seller_orders_customer_idx ON seller_orders (seller_id, customer_id, placed_at, order_id);

CREATE OR REPLACE FUNCTION seller_orders_of_new_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO seller_orders (seller_id, order_id, status, total_minor, placed_at, customer_id)
    SELECT DISTINCT l.seller_id, o.id, o.status, o.total_minor, o.placed_at, o.customer_id
      FROM new_lines l JOIN orders o ON o.id = l.order_id
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
