-- Returns (RMA): delivered units of an order's lines sent back. Same dialect rules as V1
-- (PostgreSQL 15 and H2 2.3 in PostgreSQL mode).

-- Unique across all years: RMA-<year>-<sequence>.
CREATE SEQUENCE return_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE product_returns (
    id              UUID                     NOT NULL PRIMARY KEY,
    number          VARCHAR(32)              NOT NULL,
    order_id        UUID                     NOT NULL REFERENCES orders (id),
    order_number    VARCHAR(32)              NOT NULL,
    customer_id     UUID                     NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    opened_by       UUID,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decision_reason VARCHAR(500),
    credit_note_id  UUID REFERENCES credit_notes (id),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT product_returns_number_key UNIQUE (number),
    CONSTRAINT product_returns_status_check
        CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'RECEIVED', 'REFUNDED', 'CANCELLED'))
);

CREATE INDEX product_returns_order_idx ON product_returns (order_id, opened_at, id);
CREATE INDEX product_returns_status_idx ON product_returns (status, opened_at, id);

CREATE TABLE product_return_lines (
    return_id   UUID         NOT NULL REFERENCES product_returns (id),
    line_no     INTEGER      NOT NULL,
    position    INTEGER      NOT NULL,
    product_id  UUID         NOT NULL,
    seller_id   UUID         NOT NULL,
    quantity    INTEGER      NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    disposition VARCHAR(16),
    PRIMARY KEY (return_id, line_no),
    CONSTRAINT product_return_lines_quantity_check CHECK (quantity >= 1),
    CONSTRAINT product_return_lines_disposition_check CHECK (disposition IN ('RESTOCK', 'WRITE_OFF'))
);

-- Units of an order line held by its returns not rejected or cancelled: raised only by a conditional
-- UPDATE that keeps them within the units delivered, so concurrent returns never exceed them.
CREATE TABLE returned_units (
    order_id UUID    NOT NULL REFERENCES orders (id),
    line_no  INTEGER NOT NULL,
    returned INTEGER NOT NULL,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT returned_units_returned_check CHECK (returned >= 0)
);
