-- PostgreSQL only. The back office's text search looks first for values that start with the text
-- (AdminOrderText): an order number, a line's SKU, a customer's email, a word of a customer's name. A
-- B-tree serves "starts with" (LIKE 'text%') as a range of a few pages, where the trigram indexes of V5_1
-- read the posting lists of the text's common trigrams (2,201 buffers for a SKU at 1,000,000 orders).
-- text_pattern_ops, because with any collation but C the default operator class cannot serve LIKE.
-- Numbers and SKUs are stored upper-case and emails lower-case, so the columns need no lower().

CREATE INDEX orders_number_start_idx ON orders (number text_pattern_ops);
CREATE INDEX order_lines_sku_start_idx ON order_lines (sku text_pattern_ops, order_id);
CREATE INDEX users_email_start_idx ON users (email text_pattern_ops);
-- a word of the name starts after a space: ' ' || lower(name) LIKE '% word%'
CREATE INDEX users_name_words_trgm_idx ON users USING gin ((' ' || lower(name)) gin_trgm_ops);
