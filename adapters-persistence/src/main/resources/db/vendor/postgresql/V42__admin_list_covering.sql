-- PostgreSQL only. A date range sorted by anything but placing time walked the sort's own index and tested
-- each order for the range: at 1,000,000 orders a week sorted by number read 458,000 buffers (6 s): numbers
-- follow placing time, so the walk went through every order on one side of the week first. The range's
-- index now carries what the other sorts and the page's ids need, so the range's orders (a week: 19,000)
-- are read from it alone and the top 20 sorted (docs/back-office.md); it takes the place of V5's
-- orders (placed_at, id), whose every use it serves.
CREATE INDEX orders_placed_cover_idx ON orders (placed_at, id) INCLUDE (number, total_minor, status, customer_id);
DROP INDEX orders_placed_idx;

-- Likewise a customer's orders (q = an email) sorted by anything but placing time: the planner walked the
-- sort's index looking for that customer's orders (by total: 97,000 buffers). V1's index of a customer's
-- orders now carries the sort keys, so their 1,000 orders are read from it alone and the top 20 sorted.
DROP INDEX orders_customer_idx;
CREATE INDEX orders_customer_idx ON orders (customer_id, placed_at DESC, id DESC) INCLUDE (number, total_minor, status);
