-- The back office's order list. Same dialect rules as V1: one script for PostgreSQL 15 and H2 2.3 in
-- PostgreSQL mode. A page of 20 newest orders, filtered by one status axis or not at all, reads the first
-- entries of one of these indexes and stops; ties of every sort order are broken by (placed_at, id), so
-- paging is stable. The text search's trigram indexes are PostgreSQL's alone: see
-- db/vendor/postgresql/V5_1__back_office_search.sql.

CREATE INDEX orders_placed_idx ON orders (placed_at, id);
CREATE INDEX orders_status_placed_idx ON orders (status, placed_at, id);
CREATE INDEX orders_payment_placed_idx ON orders (payment_status, placed_at, id);
CREATE INDEX orders_fulfillment_placed_idx ON orders (fulfillment_status, placed_at, id);
CREATE INDEX orders_total_idx ON orders (total_minor, placed_at, id);

-- today's deliveries
CREATE INDEX deliveries_created_idx ON deliveries (created_at);
