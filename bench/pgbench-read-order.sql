-- PostgreSQL's own rate for the work of one uncached order read: the single query the server
-- runs (an order joined with its lines), on the same data.
\set o random(1, :orders)
SELECT o.*, l.* FROM orders o JOIN order_lines l ON l.order_id = o.id
  WHERE o.id = (SELECT id FROM bench_orders WHERE n = :o) ORDER BY l.line_no;
