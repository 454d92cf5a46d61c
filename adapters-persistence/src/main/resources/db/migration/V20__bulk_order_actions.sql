-- Bulk actions on the back office's order list (issue 16): the per-order outcomes of a run made with an
-- Idempotency-Key, written together once the run is over, so that a retry with the key answers them again.
-- run_id is the resource id of the key's row in idempotency_keys.
CREATE TABLE bulk_order_outcomes (
    run_id      UUID          NOT NULL,
    position    INT           NOT NULL,
    order_id    UUID          NOT NULL,
    succeeded   BOOLEAN       NOT NULL,
    code        VARCHAR(64),
    message     VARCHAR(2000),
    PRIMARY KEY (run_id, position)
);
