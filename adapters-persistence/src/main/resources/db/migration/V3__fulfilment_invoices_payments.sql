-- Fulfilment, invoices and payments. Same dialect rules as V1: one script for PostgreSQL 15 and
-- H2 2.3 in PostgreSQL mode, so no partial or expression indexes, no arrays, no jsonb.

-- Units of a line put into deliveries that have not shipped yet.
ALTER TABLE order_lines ADD COLUMN allocated INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE order_lines DROP CONSTRAINT order_lines_quantity_check;
ALTER TABLE order_lines ADD CONSTRAINT order_lines_quantity_check CHECK (quantity > 0 AND shipped >= 0
    AND delivered >= 0 AND cancelled >= 0 AND allocated >= 0 AND delivered <= shipped
    AND shipped + cancelled + allocated <= quantity);

-- Derived from the lines and written with every order change, so order lists can filter and sort by them.
ALTER TABLE orders ADD COLUMN fulfillment_status VARCHAR(24) DEFAULT 'UNFULFILLED' NOT NULL;
ALTER TABLE orders ADD COLUMN progress INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE orders ADD CONSTRAINT orders_fulfillment_status_check CHECK (fulfillment_status IN
    ('UNFULFILLED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'PARTIALLY_DELIVERED', 'DELIVERED'));
ALTER TABLE orders ADD CONSTRAINT orders_progress_check CHECK (progress BETWEEN 0 AND 100);

-- Unique across all years: DLV-<year>-<sequence>, INV-<year>-<sequence>.
CREATE SEQUENCE delivery_number_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE invoice_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE deliveries (
    id               UUID                     NOT NULL PRIMARY KEY,
    number           VARCHAR(32)              NOT NULL,
    order_id         UUID                     NOT NULL REFERENCES orders (id),
    order_number     VARCHAR(32)              NOT NULL,
    customer_id      UUID                     NOT NULL,
    status           VARCHAR(16)              NOT NULL,
    carrier          VARCHAR(100),
    tracking_number  VARCHAR(100),
    status_reason    VARCHAR(500),
    created_by       UUID,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    shipped_at       TIMESTAMP WITH TIME ZONE,
    delivered_at     TIMESTAMP WITH TIME ZONE,
    failed_at        TIMESTAMP WITH TIME ZONE,
    cancelled_at     TIMESTAMP WITH TIME ZONE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT deliveries_number_key UNIQUE (number),
    CONSTRAINT deliveries_status_check CHECK (status IN ('PENDING', 'SHIPPED', 'DELIVERED', 'FAILED', 'CANCELLED'))
);

CREATE INDEX deliveries_order_idx ON deliveries (order_id, created_at, id);

-- Product, name and price as the order line copied them.
CREATE TABLE delivery_lines (
    delivery_id       UUID         NOT NULL REFERENCES deliveries (id),
    line_no           INTEGER      NOT NULL,
    product_id        UUID         NOT NULL,
    sku               VARCHAR(64)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    unit_price_minor  BIGINT       NOT NULL,
    currency          CHAR(3)      NOT NULL,
    seller_id         UUID         NOT NULL,
    quantity          INTEGER      NOT NULL,
    PRIMARY KEY (delivery_id, line_no),
    CONSTRAINT delivery_lines_quantity_check CHECK (quantity > 0)
);

-- One invoice per delivery: the unique key decides between concurrent requests.
CREATE TABLE invoices (
    id                 UUID                     NOT NULL PRIMARY KEY,
    number             VARCHAR(32)              NOT NULL,
    order_id           UUID                     NOT NULL REFERENCES orders (id),
    order_number       VARCHAR(32)              NOT NULL,
    delivery_id        UUID                     NOT NULL REFERENCES deliveries (id),
    delivery_number    VARCHAR(32)              NOT NULL,
    customer_id        UUID                     NOT NULL,
    seller_ids         VARCHAR(2000)            NOT NULL,
    total_minor        BIGINT                   NOT NULL,
    amount_paid_minor  BIGINT                   NOT NULL,
    currency           CHAR(3)                  NOT NULL,
    status             VARCHAR(16)              NOT NULL,
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at            TIMESTAMP WITH TIME ZONE,
    voided_at          TIMESTAMP WITH TIME ZONE,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT invoices_number_key UNIQUE (number),
    CONSTRAINT invoices_delivery_key UNIQUE (delivery_id),
    CONSTRAINT invoices_status_check CHECK (status IN ('ISSUED', 'PARTIALLY_PAID', 'PAID', 'VOID')),
    CONSTRAINT invoices_amount_check CHECK (total_minor >= 0 AND amount_paid_minor >= 0)
);

CREATE INDEX invoices_order_idx ON invoices (order_id, issued_at, id);

CREATE TABLE invoice_lines (
    invoice_id        UUID         NOT NULL REFERENCES invoices (id),
    line_no           INTEGER      NOT NULL,
    sku               VARCHAR(64)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    unit_price_minor  BIGINT       NOT NULL,
    quantity          INTEGER      NOT NULL,
    PRIMARY KEY (invoice_id, line_no),
    CONSTRAINT invoice_lines_quantity_check CHECK (quantity > 0)
);

-- The payment ledger: entries are only inserted. A gateway's reference (PaymentIntent, Refund id) is
-- recorded once per gateway, however often the gateway reports it; manual entries have none.
CREATE TABLE payments (
    id                  UUID                     NOT NULL PRIMARY KEY,
    order_id            UUID                     NOT NULL REFERENCES orders (id),
    customer_id         UUID                     NOT NULL,
    invoice_id          UUID                     REFERENCES invoices (id),
    kind                VARCHAR(16)              NOT NULL,
    method              VARCHAR(24)              NOT NULL,
    gateway             VARCHAR(32)              NOT NULL,
    amount_minor        BIGINT                   NOT NULL,
    currency            CHAR(3)                  NOT NULL,
    provider_reference  VARCHAR(255),
    refund_of           UUID                     REFERENCES payments (id),
    reference           VARCHAR(200),
    note                VARCHAR(500),
    recorded_by         UUID,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payments_provider_reference_key UNIQUE (gateway, provider_reference),
    CONSTRAINT payments_kind_check CHECK (kind IN ('PAYMENT', 'REFUND')),
    CONSTRAINT payments_method_check CHECK (method IN ('CARD', 'CASH', 'BANK_TRANSFER', 'CASH_ON_DELIVERY')),
    CONSTRAINT payments_sign_check CHECK ((kind = 'PAYMENT' AND amount_minor > 0 AND refund_of IS NULL)
        OR (kind = 'REFUND' AND amount_minor < 0 AND refund_of IS NOT NULL))
);

CREATE INDEX payments_order_idx ON payments (order_id, recorded_at, id);

-- Card payments opened at a gateway, with the furthest status the gateway reported.
CREATE TABLE payment_attempts (
    gateway          VARCHAR(32)              NOT NULL,
    reference        VARCHAR(255)             NOT NULL,
    request_id       UUID,
    order_id         UUID                     NOT NULL REFERENCES orders (id),
    amount_minor     BIGINT                   NOT NULL,
    currency         CHAR(3)                  NOT NULL,
    status           VARCHAR(16)              NOT NULL,
    failure_message  VARCHAR(500),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (gateway, reference),
    CONSTRAINT payment_attempts_status_check CHECK (status IN ('OPEN', 'FAILED', 'SUCCEEDED'))
);

CREATE INDEX payment_attempts_order_idx ON payment_attempts (order_id, created_at);
CREATE INDEX payment_attempts_request_idx ON payment_attempts (request_id);
