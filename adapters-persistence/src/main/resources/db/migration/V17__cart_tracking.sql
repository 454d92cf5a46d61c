-- Cart tracking (issue 16): one row per cart started (a first line put into an empty cart), marked when an
-- order is placed from it, both in the transaction of that change; the dashboard's conversion counts them.
-- order_id has no foreign key: the checkout marks the start before the placement inserts the order, in the
-- same transaction, and H2 has no deferrable constraints. Same dialect rules as V1.
CREATE TABLE cart_starts (
    id              UUID                     NOT NULL PRIMARY KEY,
    user_id         UUID                     NOT NULL REFERENCES users (id),
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_out_at  TIMESTAMP WITH TIME ZONE,
    order_id        UUID
);

-- conversion over a period
CREATE INDEX cart_starts_started_idx ON cart_starts (started_at);
-- a checkout marks the customer's latest open start
CREATE INDEX cart_starts_user_idx ON cart_starts (user_id, started_at);
-- abandoned carts: those unchanged since a given time
CREATE INDEX carts_updated_idx ON carts (updated_at);
