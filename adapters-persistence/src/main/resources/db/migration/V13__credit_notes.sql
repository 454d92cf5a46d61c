-- Credit notes: what an order gives back with a refund, correcting its invoices. Same dialect rules as V1
-- (PostgreSQL 15 and H2 2.3 in PostgreSQL mode). Written once, never updated.

-- Unique across all years: CN-<year>-<sequence>.
CREATE SEQUENCE credit_note_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE credit_notes (
    id              UUID                     NOT NULL PRIMARY KEY,
    number          VARCHAR(32)              NOT NULL,
    order_id        UUID                     NOT NULL REFERENCES orders (id),
    order_number    VARCHAR(32)              NOT NULL,
    customer_id     UUID                     NOT NULL,
    -- the invoices it corrects, oldest first: "<id> <number>" separated by commas
    invoices        VARCHAR(20000)           NOT NULL,
    currency        CHAR(3)                  NOT NULL,
    total_minor     BIGINT                   NOT NULL,
    reason          VARCHAR(500),
    issued_by       UUID,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT credit_notes_number_key UNIQUE (number),
    CONSTRAINT credit_notes_total_check CHECK (total_minor >= 0)
);

CREATE INDEX credit_notes_order_idx ON credit_notes (order_id, issued_at, id);

-- LINE: units of an order line (line_no, seller_id, quantity); SHIPPING; GOODWILL: one part per rate.
CREATE TABLE credit_note_lines (
    credit_note_id   UUID          NOT NULL REFERENCES credit_notes (id),
    position         INTEGER       NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    line_no          INTEGER       NOT NULL,
    seller_id        UUID,
    description      VARCHAR(400)  NOT NULL,
    quantity         INTEGER       NOT NULL,
    net_minor        BIGINT        NOT NULL,
    tax_minor        BIGINT        NOT NULL,
    tax_rate_id      UUID,
    tax_rate_name    VARCHAR(100)  NOT NULL,
    tax_rate_percent NUMERIC(9, 4) NOT NULL,
    PRIMARY KEY (credit_note_id, position),
    CONSTRAINT credit_note_lines_kind_check CHECK (kind IN ('LINE', 'SHIPPING', 'GOODWILL')),
    CONSTRAINT credit_note_lines_amount_check CHECK (net_minor >= 0 AND tax_minor >= 0 AND quantity >= 0)
);
