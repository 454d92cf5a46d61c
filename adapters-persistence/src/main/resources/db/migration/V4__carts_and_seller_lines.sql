-- Carts: one per user, its lines in the order they were added (line_no). Prices are not
-- stored: a cart shows today's. version guards concurrent edits of one cart.
CREATE TABLE carts (
    user_id     UUID                     NOT NULL PRIMARY KEY REFERENCES users (id),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL
);

CREATE TABLE cart_lines (
    user_id     UUID                     NOT NULL REFERENCES carts (user_id),
    line_no     INTEGER                  NOT NULL,
    product_id  UUID                     NOT NULL REFERENCES products (id),
    quantity    INTEGER                  NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, line_no),
    CONSTRAINT cart_lines_product_key UNIQUE (user_id, product_id),
    CONSTRAINT cart_lines_quantity_check CHECK (quantity BETWEEN 1 AND 10000)
);

-- a seller's orders and dashboard: the lines of their products, then the orders holding them
CREATE INDEX order_lines_seller_idx ON order_lines (seller_id, order_id);
