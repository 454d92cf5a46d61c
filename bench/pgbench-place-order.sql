-- PostgreSQL's own rate for the work of one order placement: the same statements the
-- server sends for a 3-line order with an Idempotency-Key (see adapters-persistence/README.md),
-- on the same schema and data. bench_products/bench_customers map small integers to the
-- seeded ids; products are drawn from three disjoint ranges so that rows are locked in a
-- fixed order, as the server does. (pgbench reads ":name" even inside string literals, hence the
-- split event type literals.)
\set p1 random(1, :products / 3)
\set p2 random(:products / 3 + 1, 2 * :products / 3)
\set p3 random(2 * :products / 3 + 1, :products)
\set c random(1, :customers)
BEGIN;
SELECT c.id AS customer, gen_random_uuid() AS order_id, nextval('order_number_seq') AS seq
  FROM bench_customers c WHERE c.n = :c \gset
INSERT INTO idempotency_keys (scope, idem_key, operation, fingerprint, resource_id, created_at, expires_at)
  VALUES (CAST(:customer AS uuid), 'pgbench-' || CAST(:order_id AS text), 'place-order', md5(CAST(:order_id AS text)), CAST(:order_id AS uuid), now(),
          now() + interval '1 day')
  ON CONFLICT (scope, idem_key) DO UPDATE
  SET operation = EXCLUDED.operation, fingerprint = EXCLUDED.fingerprint, resource_id = EXCLUDED.resource_id,
      created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
  WHERE idempotency_keys.expires_at <= EXCLUDED.created_at;
UPDATE products SET reserved = reserved + 1
  WHERE id = (SELECT id FROM bench_products WHERE n = :p1) AND active AND on_hand - reserved >= 1
  RETURNING name, price_minor, currency, sku, seller_id, on_hand, reserved, low_stock_threshold;
UPDATE products SET reserved = reserved + 1
  WHERE id = (SELECT id FROM bench_products WHERE n = :p2) AND active AND on_hand - reserved >= 1
  RETURNING name, price_minor, currency, sku, seller_id, on_hand, reserved, low_stock_threshold;
UPDATE products SET reserved = reserved + 1
  WHERE id = (SELECT id FROM bench_products WHERE n = :p3) AND active AND on_hand - reserved >= 1
  RETURNING name, price_minor, currency, sku, seller_id, on_hand, reserved, low_stock_threshold;
INSERT INTO orders (id, number, customer_id, status, payment_status, total_minor, currency, ship_name, ship_line1,
                    ship_line2, ship_city, ship_region, ship_postal_code, ship_country, notes, placed_at,
                    cancellable_until, confirmed_at, cancelled_at, cancellation_reason, updated_at, version)
  VALUES (CAST(:order_id AS uuid), 'ORD-' || extract(year FROM now())::int || '-' || lpad(CAST(:seq AS text), 6, '0'), CAST(:customer AS uuid), 'PENDING', 'UNPAID', 5997, 'EUR', 'Bench Customer',
          '1 Load Street', NULL, 'Benchville', NULL, '12345', 'DE', NULL, now(), now() + interval '60 seconds',
          NULL, NULL, NULL, now(), 0);
INSERT INTO order_lines (order_id, line_no, product_id, sku, name, unit_price_minor, quantity, seller_id, shipped,
                         delivered, cancelled)
  SELECT CAST(:order_id AS uuid), l.n, p.id, p.sku, p.name, p.price_minor, 1, p.seller_id, 0, 0, 0
  FROM (VALUES (1, :p1::bigint), (2, :p2::bigint), (3, :p3::bigint)) AS l(n, p) JOIN bench_products b ON b.n = l.p
  JOIN products p ON p.id = b.id;
INSERT INTO event_log (id, type, aggregate_type, aggregate_id, customer_id, seller_ids, correlation_id, causation_id,
                       actor_id, occurred_at, payload)
  VALUES (gen_random_uuid(), 'order:' || 'created', 'order', CAST(:order_id AS uuid), CAST(:customer AS uuid), '', 'pgbench', NULL, CAST(:customer AS uuid),
          now(), '{"order":{"id":"' || CAST(:order_id AS text) || '","status":"PENDING","lines":[1,2,3]}}'),
         (gen_random_uuid(), 'order:' || 'inventory-reduced', 'order', CAST(:order_id AS uuid), CAST(:customer AS uuid), '', 'pgbench', NULL,
          CAST(:customer AS uuid), now(), '{"orderId":"' || CAST(:order_id AS text) || '","affectedProducts":[1,2,3]}');
END;
