-- One million orders for the back-office benchmark, written by SQL into a database the server has
-- migrated (bench/backoffice.py runs it with psql -v orders=N). Shapes follow what the server writes:
-- 1,000 customers, 20 sellers with 100 products each, one to three lines per order, orders over the
-- last 365 days in every status but PENDING, payments for the paid ones.
\set ON_ERROR_STOP 1
SET synchronous_commit = off;

INSERT INTO users (id, email, password_hash, role, name, created_at, updated_at, version)
SELECT gen_random_uuid(), format('customer-%s@bench.conveyor', lpad(i::text, 4, '0')), NULL, 'CUSTOMER',
       format('Customer %s %s', (ARRAY['Ada','Grace','Alan','Edsger','Barbara','Donald','Niklaus','Frances'])[1 + i % 8],
              (ARRAY['Lovelace','Hopper','Turing','Dijkstra','Liskov','Knuth','Wirth','Allen'])[1 + (i / 8) % 8]),
       now(), now(), 0
  FROM generate_series(1, 1000) i;
INSERT INTO users (id, email, password_hash, role, name, created_at, updated_at, version)
SELECT gen_random_uuid(), format('seller-%s@bench.conveyor', lpad(i::text, 2, '0')), NULL, 'SELLER',
       format('Seller %s', i), now(), now(), 0
  FROM generate_series(1, 20) i;

CREATE TEMP TABLE bench_customers AS
SELECT row_number() OVER (ORDER BY email) - 1 AS n, id FROM users WHERE email LIKE 'customer-%@bench.conveyor';
CREATE TEMP TABLE bench_sellers AS
SELECT row_number() OVER (ORDER BY email) - 1 AS n, id FROM users WHERE email LIKE 'seller-%@bench.conveyor';

INSERT INTO categories (id, name, slug) VALUES (gen_random_uuid(), 'bench', 'bench') ON CONFLICT DO NOTHING;
INSERT INTO products (id, sku, name, name_lower, description, category, price_minor, currency, active, seller_id,
                      on_hand, reserved, low_stock_threshold, created_at, updated_at, version, category_id)
SELECT gen_random_uuid(), format('SKU-%s', lpad(i::text, 5, '0')), format('Product %s', i),
       format('product %s', i), NULL, 'bench', 100 + (i * 37) % 9900, 'EUR', true, s.id, 1000000, 0, 10,
       now(), now(), 0, (SELECT id FROM categories WHERE name = 'bench')
  FROM generate_series(0, 1999) i JOIN bench_sellers s ON s.n = i % 20;
CREATE TEMP TABLE bench_products AS
SELECT row_number() OVER (ORDER BY sku) - 1 AS n, id, sku, name, price_minor, seller_id
  FROM products WHERE sku LIKE 'SKU-_____';

-- the orders: their statuses go together as the server would have them. None is PENDING: an order
-- stays pending for its cancellation window only (60 s), and the server would confirm older ones.
CREATE TEMP TABLE bench_orders AS
SELECT i, gen_random_uuid() AS id,
       now() - make_interval(secs => (i::double precision / :orders) * 365 * 86400) AS placed_at,
       CASE WHEN i % 20 = 0 THEN 'CANCELLED' WHEN i % 10 < 3 THEN 'COMPLETED' WHEN i % 10 < 6 THEN 'PROCESSING'
            ELSE 'CONFIRMED' END AS status,
       1 + i % 3 AS line_count
  FROM generate_series(1, :orders) i;

CREATE TEMP TABLE bench_lines AS
SELECT o.id AS order_id, l.line_no, p.id AS product_id, p.sku, p.name, p.price_minor,
       1 + (o.i + l.line_no) % 4 AS quantity, p.seller_id, o.status
  FROM bench_orders o
  CROSS JOIN LATERAL generate_series(1, o.line_count) AS l(line_no)
  JOIN bench_products p ON p.n = (o.i * 31 + l.line_no * 613) % 2000;

CREATE TEMP TABLE bench_totals AS
SELECT order_id, SUM(price_minor * quantity) AS total FROM bench_lines GROUP BY order_id;

INSERT INTO orders (id, number, customer_id, status, payment_status, total_minor, currency, ship_name, ship_line1,
                    ship_city, ship_postal_code, ship_country, placed_at, cancellable_until, confirmed_at,
                    cancelled_at, updated_at, version, fulfillment_status, progress)
SELECT o.id, format('ORD-2026-%s', lpad(o.i::text, 7, '0')), c.id, o.status,
       CASE o.status WHEN 'COMPLETED' THEN 'PAID' WHEN 'PROCESSING' THEN
           (ARRAY['UNPAID','PARTIALLY_PAID','PAID'])[1 + o.i % 3] ELSE 'UNPAID' END,
       t.total, 'EUR', 'Bench Customer', '1 Bench Street', 'London', 'N1 9GU', 'GB', o.placed_at,
       o.placed_at + interval '60 seconds',
       CASE WHEN o.status <> 'CANCELLED' THEN o.placed_at + interval '60 seconds' END,
       CASE WHEN o.status = 'CANCELLED' THEN o.placed_at + interval '30 seconds' END,
       o.placed_at + interval '1 hour', 0,
       CASE o.status WHEN 'COMPLETED' THEN 'DELIVERED' WHEN 'PROCESSING' THEN
           (ARRAY['UNFULFILLED','PARTIALLY_SHIPPED','SHIPPED','PARTIALLY_DELIVERED'])[1 + o.i % 4]
           ELSE 'UNFULFILLED' END,
       CASE o.status WHEN 'COMPLETED' THEN 100 ELSE 0 END
  FROM bench_orders o
  JOIN bench_customers c ON c.n = (o.i::bigint * 7919) % 1000
  JOIN bench_totals t ON t.order_id = o.id;

INSERT INTO order_lines (order_id, line_no, product_id, sku, name, unit_price_minor, quantity, seller_id, shipped,
                         delivered, cancelled, allocated)
SELECT order_id, line_no, product_id, sku, name, price_minor, quantity, seller_id,
       CASE WHEN status = 'COMPLETED' THEN quantity ELSE 0 END,
       CASE WHEN status = 'COMPLETED' THEN quantity ELSE 0 END,
       CASE WHEN status = 'CANCELLED' THEN quantity ELSE 0 END, 0
  FROM bench_lines;

INSERT INTO payments (id, order_id, customer_id, kind, method, gateway, amount_minor, currency, recorded_at)
SELECT gen_random_uuid(), o.id, o.customer_id, 'PAYMENT', 'BANK_TRANSFER', 'manual',
       CASE WHEN o.payment_status = 'PAID' THEN o.total_minor ELSE GREATEST(1, o.total_minor / 2) END, 'EUR',
       o.placed_at + interval '2 hours'
  FROM orders o WHERE o.payment_status IN ('PAID', 'PARTIALLY_PAID');

SELECT setval('order_number_seq', :orders + 1);
-- VACUUM as autovacuum would soon: the visibility map lets a deep page skip its offset in index entries alone
VACUUM (ANALYZE);
