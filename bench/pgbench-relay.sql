-- The server's event relay, which pgbench runs on one client of its own beside pgbench-place-order.sql:
-- one thread numbers whatever committed events wait (up to 1,000 a run), in one transaction behind an
-- advisory lock; then the live delivery, which on a server nobody follows live (the benchmark opens no
-- WebSocket or SSE) reads only where the log ends instead of the events. Under load a run covers the
-- events of several placements, as the server's does. An idle run waits a millisecond instead of spinning.
BEGIN;
SELECT pg_advisory_xact_lock(7165066986957401970);
SELECT last_position FROM event_relay WHERE id = 1 \gset
SELECT count(*) AS pending FROM (SELECT id FROM event_log WHERE position IS NULL ORDER BY id LIMIT 1000) p \gset
-- rows: pending
UPDATE event_log e SET position = CAST(:last_position AS bigint) + p.n
  FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM event_log WHERE position IS NULL ORDER BY id LIMIT 1000) p
  WHERE e.id = p.id;
UPDATE event_relay SET last_position = CAST(:last_position AS bigint) + CAST(:pending AS bigint) WHERE id = 1;
END;
SELECT last_position FROM event_relay WHERE id = 1;
\if :pending = 0
\sleep 1 ms
\endif
