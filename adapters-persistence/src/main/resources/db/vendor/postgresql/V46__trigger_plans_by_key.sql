-- PostgreSQL only. The triggers that keep seller_orders and sku_orders (V40, V9, V43, V44) reach every row
-- they read or write by a key: a new line's order, an order's id, a customer's orders, a removed line's order.
--
-- A PL/pgSQL function's statements are planned once per connection, and the plan is kept until a table they
-- read is analyzed or altered. Planned on a new database, where orders held a few rows, the join of a
-- placement's new lines with orders was a hash join over a sequential scan of orders (the cheapest plan for
-- a table of ten pages); that connection went on scanning the whole table for every placement as it grew,
-- as long as nothing analyzed it (autovacuum off, or behind a bulk load): 5,815 orders read per placement
-- four minutes in, the stock rows of the order locked meanwhile, and the server that had placed the first
-- orders placing a tenth to a quarter of the rate of another server on the same database, worse every minute
-- (docs/performance.md, "The first server's placements").
--
-- Their planning is told what holds at every size: no sequential scans, no hash or merge joins. A plan made
-- on an empty table is then the plan for a million orders: the lines' keys, looked up one by one.

-- Every trigger function of the schema (seller_orders_*, sku_orders_*; a database migrated without the Java
-- migrations V43 and V44, as some migration tests do, has fewer of them).
DO $$
DECLARE
    trigger_function regprocedure;
BEGIN
    FOR trigger_function IN
        SELECT p.oid::regprocedure FROM pg_proc p
         WHERE p.prorettype = 'trigger'::regtype AND p.pronamespace = current_schema()::regnamespace
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')  -- an extension's
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off',
                       trigger_function);
    END LOOP;
END $$;
