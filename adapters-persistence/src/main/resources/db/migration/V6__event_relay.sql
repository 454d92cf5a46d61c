-- Event log readers (issue 5). order_id names the order an event concerns (its own id for order
-- events; the order of a delivery, invoice or payment), for timelines and per-order subscriptions.
ALTER TABLE event_log ADD COLUMN order_id UUID;
UPDATE event_log SET order_id = aggregate_id WHERE aggregate_type = 'order';

CREATE INDEX event_log_order_idx ON event_log (order_id, position);
CREATE INDEX event_log_customer_idx ON event_log (customer_id, position);
CREATE INDEX event_log_occurred_idx ON event_log (occurred_at);
CREATE INDEX event_log_correlation_idx ON event_log (correlation_id);
CREATE INDEX event_log_aggregate_idx ON event_log (aggregate_id);

-- The relay's counter: the highest position handed out. Kept apart from the log so that purging old
-- events never lowers it (positions are never reused). One row, changed only by the relay, which
-- holds the relay lock (PostgreSQL: an advisory lock) while it numbers rows and moves the counter.
CREATE TABLE event_relay (
    id             INT    NOT NULL PRIMARY KEY,
    last_position  BIGINT NOT NULL,
    CONSTRAINT event_relay_single_row CHECK (id = 1)
);
INSERT INTO event_relay (id, last_position) VALUES (1, 0);
