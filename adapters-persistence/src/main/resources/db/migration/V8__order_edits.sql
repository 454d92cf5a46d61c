-- Order edits: every change of an order's lines, address or method before shipment, kept on the order.
-- Same dialect rules as V1 (PostgreSQL 15 and H2 2.3 in PostgreSQL mode). Written once, never updated.

CREATE TABLE order_edits (
    id                 UUID                     NOT NULL PRIMARY KEY,
    order_id           UUID                     NOT NULL REFERENCES orders (id),
    edited_by          UUID                     NOT NULL,
    edited_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the changes as applied, a JSON array (type, lineNo, productId, sku, sellerId, quantityBefore,
    -- quantityAfter, address, shippingMethod)
    changes            VARCHAR(200000)          NOT NULL,
    currency           CHAR(3)                  NOT NULL,
    total_before_minor BIGINT                   NOT NULL,
    total_after_minor  BIGINT                   NOT NULL,
    due_before_minor   BIGINT                   NOT NULL,
    due_after_minor    BIGINT                   NOT NULL
);

CREATE INDEX order_edits_order_idx ON order_edits (order_id, edited_at, id);
