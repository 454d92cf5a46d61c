-- PostgreSQL only (VendorMigrations adds db/vendor/postgresql to Flyway's locations): trigram indexes, so that the
-- back office's search for a text anywhere in an order number, a customer's email or name, or a SKU
-- (lower(column) LIKE '%text%') reads index entries instead of every row. pg_trgm is a trusted extension:
-- the owner of the database may create it.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX orders_number_trgm_idx ON orders USING gin (lower(number) gin_trgm_ops);
CREATE INDEX users_email_trgm_idx ON users USING gin (lower(email) gin_trgm_ops);
CREATE INDEX users_name_trgm_idx ON users USING gin (lower(name) gin_trgm_ops);
CREATE INDEX order_lines_sku_trgm_idx ON order_lines USING gin (lower(sku) gin_trgm_ops);
