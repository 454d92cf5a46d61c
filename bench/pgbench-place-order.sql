-- PostgreSQL's own rate for the work of one order placement: the statements the server sends for a
-- 3-line order with an Idempotency-Key, in the same transactions, on the same schema and data.
-- PgbenchScriptsTest (bootstrap) records what the server sends for one placement and fails when
-- this script (with pgbench-relay.sql, which pgbench runs beside it as the server's relay thread) no
-- longer sends the same statements, the same rows per statement and event payloads of the same size.
-- bench_products/bench_customers map small integers to the seeded ids; products come from three disjoint
-- ranges, so rows are locked in a fixed order, as the server does. (pgbench reads ":name" even inside
-- string literals, hence the split literals below.)
\set p1 random(1, :products / 3)
\set p2 random(:products / 3 + 1, 2 * :products / 3)
\set p3 random(2 * :products / 3 + 1, :products)
\set c random(1, :customers)
-- pgbench's own bookkeeping (not the server's work): the seeded ids behind the random numbers
SELECT (SELECT id FROM bench_customers WHERE n = :c) AS customer, gen_random_uuid() AS order_id,
       'pgbench-' || gen_random_uuid() AS idem_key, (SELECT id FROM bench_products WHERE n = :p1) AS product1,
       (SELECT id FROM bench_products WHERE n = :p2) AS product2, (SELECT id FROM bench_products WHERE n = :p3) AS product3 \gset
BEGIN;
-- the key's claim comes first: a retry fails it (and only then reads the stored key), a first request reads nothing
INSERT INTO idempotency_keys (scope, idem_key, operation, fingerprint, resource_id, created_at, expires_at)
  VALUES (CAST(:customer AS text), CAST(:idem_key AS text), 'place-order', md5(CAST(:order_id AS text)), CAST(:order_id AS uuid), now(), now() + interval '1 day')
  ON CONFLICT (scope, idem_key) DO UPDATE
  SET operation = EXCLUDED.operation, fingerprint = EXCLUDED.fingerprint, resource_id = EXCLUDED.resource_id,
      created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
  WHERE idempotency_keys.expires_at <= EXCLUDED.created_at;
SELECT 1 FROM users WHERE id = CAST(:customer AS uuid) AND deleted_at IS NULL;
-- pricing's rules: the automatic promotions valid now and the destination's tax rates, in one statement (none of
-- either is seeded, so the lines are charged their list prices untaxed, as the server prices them with none
-- stored); read, like the order's number, before the first reservation, so the product rows are held through
-- fewer round trips; the products' tax categories and weights come back from the reservations below
SELECT 'promotion' AS kind, id, name, code, discount_kind, percent, amount_minor, target_kind, target_values,
       minimum_subtotal_minor, valid_from, valid_until, usage_limit, per_customer_limit, active, used,
       CAST(NULL AS CHAR(2)) AS country, CAST(NULL AS VARCHAR(100)) AS region, CAST(NULL AS VARCHAR(40)) AS tax_category,
       CAST(NULL AS DATE) AS rate_from, CAST(NULL AS DATE) AS rate_until
  FROM promotions WHERE code IS NULL AND active AND (valid_from IS NULL OR valid_from <= now())
   AND (valid_until IS NULL OR valid_until > now())
UNION ALL SELECT 'tax-rate', id, name, NULL, NULL, percent, NULL, NULL, NULL, NULL,
       CAST(NULL AS TIMESTAMP WITH TIME ZONE), CAST(NULL AS TIMESTAMP WITH TIME ZONE), NULL, NULL, NULL, NULL,
       country, region, tax_category, valid_from, valid_until
  FROM tax_rates WHERE country = 'DE' ORDER BY kind, id;
SELECT nextval('order_number_seq') AS seq \gset
UPDATE products SET reserved = reserved + 1 WHERE id = CAST(:product1 AS uuid) AND active AND on_hand - reserved >= 1
  RETURNING name AS name1, category AS category1, price_minor AS price1, currency, sku AS sku1, seller_id AS seller1,
            on_hand, reserved, low_stock_threshold, tax_category, weight_grams \gset
UPDATE products SET reserved = reserved + 1 WHERE id = CAST(:product2 AS uuid) AND active AND on_hand - reserved >= 1
  RETURNING name AS name2, category AS category2, price_minor AS price2, currency, sku AS sku2, seller_id AS seller2,
            on_hand, reserved, low_stock_threshold, tax_category, weight_grams \gset
UPDATE products SET reserved = reserved + 1 WHERE id = CAST(:product3 AS uuid) AND active AND on_hand - reserved >= 1
  RETURNING name AS name3, category AS category3, price_minor AS price3, currency, sku AS sku3, seller_id AS seller3,
            on_hand, reserved, low_stock_threshold, tax_category, weight_grams \gset
-- the server sends the order's and the lines' inserts as one text, in one round trip; pgbench's prepared mode takes
-- one statement per command, so here they are two (its round trips take microseconds, not the server's ~4 ms)
INSERT INTO orders (id, number, customer_id, status, payment_status, total_minor, currency, ship_name, ship_line1,
                    ship_line2, ship_city, ship_region, ship_postal_code, ship_country, notes, placed_at,
                    cancellable_until, confirmed_at, cancelled_at, cancellation_reason, updated_at, version,
                    fulfillment_status, progress, prices_include_tax, tax_minor, discount_minor, ship_method_id,
                    ship_method_name, ship_carrier, ship_amount_minor, ship_discount_minor, ship_tax_minor, ship_rate_id,
                    ship_rate_name, ship_rate_percent)
  VALUES (CAST(:order_id AS uuid), 'ORD-2026-' || lpad(CAST(:seq AS text), 6, '0'), CAST(:customer AS uuid), 'PENDING', 'UNPAID',
          CAST(:price1 AS bigint) + CAST(:price2 AS bigint) + CAST(:price3 AS bigint), CAST(:currency AS text), 'Bench Customer', '1 Load Street', NULL, 'Benchville', NULL,
          '12345', 'DE', NULL, now(), now() + interval '60 seconds', NULL, NULL, NULL, now(), 0, 'UNFULFILLED', 0,
          TRUE, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO order_lines (order_id, line_no, product_id, sku, name, unit_price_minor, quantity, seller_id, shipped,
                         delivered, cancelled, allocated, discount_minor, tax_minor, tax_rate_id, tax_rate_name,
                         tax_rate_percent)
  VALUES (CAST(:order_id AS uuid), 1, CAST(:product1 AS uuid), CAST(:sku1 AS text), CAST(:name1 AS text), CAST(:price1 AS bigint), 1, CAST(:seller1 AS uuid), 0, 0, 0, 0, 0, 0, NULL, 'untaxed', 0),
         (CAST(:order_id AS uuid), 2, CAST(:product2 AS uuid), CAST(:sku2 AS text), CAST(:name2 AS text), CAST(:price2 AS bigint), 1, CAST(:seller2 AS uuid), 0, 0, 0, 0, 0, 0, NULL, 'untaxed', 0),
         (CAST(:order_id AS uuid), 3, CAST(:product3 AS uuid), CAST(:sku3 AS text), CAST(:name3 AS text), CAST(:price3 AS bigint), 1, CAST(:seller3 AS uuid), 0, 0, 0, 0, 0, 0, NULL, 'untaxed', 0);
-- the events as the server writes them: the whole order in order:created, the stock it took in
-- order:inventory-reduced (the same members, so the same size)
INSERT INTO event_log (id, type, aggregate_type, aggregate_id, customer_id, seller_ids, correlation_id, causation_id,
                       actor_id, occurred_at, payload, order_id)
  VALUES (gen_random_uuid(), 'order:' || 'created', 'order', CAST(:order_id AS uuid), CAST(:customer AS uuid),
          CAST(:seller1 AS text) || ',' || CAST(:seller2 AS text) || ',' || CAST(:seller3 AS text), gen_random_uuid()::text, NULL, CAST(:customer AS uuid), now(),
          json_build_object('order', json_build_object('id', CAST(:order_id AS uuid), 'number', 'ORD-2026-' || lpad(CAST(:seq AS text), 6, '0'),
            'customerId', CAST(:customer AS uuid), 'status', 'PENDING', 'fulfillmentStatus', 'UNFULFILLED',
            'paymentStatus', 'UNPAID', 'progress', 0, 'totalMinor', CAST(:price1 AS bigint) + CAST(:price2 AS bigint) + CAST(:price3 AS bigint),
            'netMinor', CAST(:price1 AS bigint) + CAST(:price2 AS bigint) + CAST(:price3 AS bigint), 'taxMinor', 0,
            'discountMinor', 0, 'shippingMinor', 0, 'currency', CAST(:currency AS text), 'placedAt', now(), 'cancellableUntil', now() + interval '60 seconds',
            'lines', json_build_array(
              json_build_object('lineNo', 1, 'productId', CAST(:product1 AS uuid), 'sku', CAST(:sku1 AS text), 'name', CAST(:name1 AS text),
                'unitPriceMinor', CAST(:price1 AS bigint), 'quantity', 1, 'sellerId', CAST(:seller1 AS uuid), 'shipped', 0, 'delivered', 0,
                'cancelled', 0, 'allocated', 0, 'remaining', 1),
              json_build_object('lineNo', 2, 'productId', CAST(:product2 AS uuid), 'sku', CAST(:sku2 AS text), 'name', CAST(:name2 AS text),
                'unitPriceMinor', CAST(:price2 AS bigint), 'quantity', 1, 'sellerId', CAST(:seller2 AS uuid), 'shipped', 0, 'delivered', 0,
                'cancelled', 0, 'allocated', 0, 'remaining', 1),
              json_build_object('lineNo', 3, 'productId', CAST(:product3 AS uuid), 'sku', CAST(:sku3 AS text), 'name', CAST(:name3 AS text),
                'unitPriceMinor', CAST(:price3 AS bigint), 'quantity', 1, 'sellerId', CAST(:seller3 AS uuid), 'shipped', 0, 'delivered', 0,
                'cancelled', 0, 'allocated', 0, 'remaining', 1))))::text, CAST(:order_id AS uuid)),
         (gen_random_uuid(), 'order:' || 'inventory-reduced', 'order', CAST(:order_id AS uuid), CAST(:customer AS uuid),
          CAST(:seller1 AS text) || ',' || CAST(:seller2 AS text) || ',' || CAST(:seller3 AS text), gen_random_uuid()::text, NULL, CAST(:customer AS uuid), now(),
          json_build_object('orderNumber', 'ORD-2026-' || lpad(CAST(:seq AS text), 6, '0'), 'affectedProducts', json_build_array(
            json_build_object('sellerId', CAST(:seller1 AS uuid), 'quantity', 1, 'productId', CAST(:product1 AS uuid)),
            json_build_object('sellerId', CAST(:seller2 AS uuid), 'quantity', 1, 'productId', CAST(:product2 AS uuid)),
            json_build_object('sellerId', CAST(:seller3 AS uuid), 'quantity', 1, 'productId', CAST(:product3 AS uuid))),
            'orderId', CAST(:order_id AS uuid))::text, CAST(:order_id AS uuid));
END;
