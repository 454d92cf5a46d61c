-- PostgreSQL only. Order edits (V8) remove lines: an edited order's lines are written anew (deleted, then
-- inserted as the order now holds them). seller_orders (V40) must then forget a seller none of whose lines
-- is left; the insert trigger of V40 adds back those still there.
--
-- The function names seller_orders, which V40 creates later on a new database: PL/pgSQL resolves tables
-- when the function runs, and no order line is deleted before V40 has run.

CREATE FUNCTION seller_orders_of_removed_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM seller_orders s
     USING (SELECT DISTINCT order_id, seller_id FROM old_lines) o
     WHERE s.order_id = o.order_id AND s.seller_id = o.seller_id
       AND NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.order_id AND l.seller_id = o.seller_id);
    RETURN NULL;
END $$;

CREATE TRIGGER seller_orders_removed_lines AFTER DELETE ON order_lines
    REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT EXECUTE FUNCTION seller_orders_of_removed_lines();
