-- Conveyor schema. One script for PostgreSQL 15 and for H2 2.3 in PostgreSQL mode
-- (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH), so it keeps to
-- what both understand: no partial or expression indexes, no arrays, no jsonb.
-- Money is BIGINT minor units with a CHAR(3) currency; times are UTC instants.

CREATE TABLE users (
    id                   UUID                     NOT NULL PRIMARY KEY,
    email                VARCHAR(254)             NOT NULL,
    password_hash        VARCHAR(255),
    role                 VARCHAR(16)              NOT NULL,
    name                 VARCHAR(200),
    phone                VARCHAR(30),
    address_name         VARCHAR(200),
    address_line1        VARCHAR(200),
    address_line2        VARCHAR(200),
    address_city         VARCHAR(100),
    address_region       VARCHAR(100),
    address_postal_code  VARCHAR(20),
    address_country      CHAR(2),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at           TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_role_check CHECK (role IN ('CUSTOMER', 'SELLER', 'STAFF', 'ADMIN'))
);

-- the administrators' user list: newest first
CREATE INDEX users_created_idx ON users (created_at DESC, id DESC);

CREATE TABLE refresh_tokens (
    id          UUID                     NOT NULL PRIMARY KEY,
    family_id   UUID                     NOT NULL,
    user_id     UUID                     NOT NULL REFERENCES users (id),
    token_hash  VARCHAR(128)             NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT refresh_tokens_hash_key UNIQUE (token_hash)
);

CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

-- Catalogue data changes through the product aggregate (version-checked);
-- on_hand and reserved change only through single conditional updates.
CREATE TABLE products (
    id                   UUID                     NOT NULL PRIMARY KEY,
    sku                  VARCHAR(64)              NOT NULL,
    name                 VARCHAR(200)             NOT NULL,
    -- lower-cased name: the case-insensitive sort key and search target (H2 has no expression indexes)
    name_lower           VARCHAR(200)             NOT NULL,
    description          VARCHAR(5000),
    category             VARCHAR(100)             NOT NULL,
    image_url            VARCHAR(2000),
    price_minor          BIGINT                   NOT NULL,
    currency             CHAR(3)                  NOT NULL,
    active               BOOLEAN                  NOT NULL,
    seller_id            UUID                     NOT NULL REFERENCES users (id),
    on_hand              INTEGER                  NOT NULL,
    reserved             INTEGER                  NOT NULL,
    low_stock_threshold  INTEGER                  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL,
    CONSTRAINT products_sku_key UNIQUE (sku),
    CONSTRAINT products_stock_check CHECK (on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand),
    CONSTRAINT products_price_check CHECK (price_minor >= 0),
    CONSTRAINT products_threshold_check CHECK (low_stock_threshold >= 0)
);

-- catalogue filters and sort orders (the id breaks ties so paging is stable); a text that
-- matches anywhere in name or SKU needs a trigram index, which H2 lacks
CREATE INDEX products_name_idx ON products (name_lower, id);
CREATE INDEX products_category_idx ON products (category);
CREATE INDEX products_seller_idx ON products (seller_id);
CREATE INDEX products_price_idx ON products (price_minor, id);
CREATE INDEX products_created_idx ON products (created_at, id);

CREATE TABLE stock_adjustments (
    id               UUID                     NOT NULL PRIMARY KEY,
    product_id       UUID                     NOT NULL REFERENCES products (id),
    kind             VARCHAR(16)              NOT NULL,
    quantity         INTEGER                  NOT NULL,
    on_hand_before   INTEGER                  NOT NULL,
    on_hand_after    INTEGER                  NOT NULL,
    reason           VARCHAR(500)             NOT NULL,
    actor_id         UUID,
    adjusted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stock_adjustments_kind_check CHECK (kind IN ('RESTOCK', 'CORRECTION')),
    CONSTRAINT stock_adjustments_quantity_check CHECK (quantity >= 0 AND on_hand_before >= 0 AND on_hand_after >= 0)
);

CREATE INDEX stock_adjustments_product_idx ON stock_adjustments (product_id, adjusted_at DESC, id DESC);

-- Unique across all years: ORD-<year>-<sequence>.
CREATE SEQUENCE order_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE orders (
    id                   UUID                     NOT NULL PRIMARY KEY,
    number               VARCHAR(32)              NOT NULL,
    customer_id          UUID                     NOT NULL REFERENCES users (id),
    status               VARCHAR(16)              NOT NULL,
    payment_status       VARCHAR(24)              NOT NULL,
    total_minor          BIGINT                   NOT NULL,
    currency             CHAR(3)                  NOT NULL,
    ship_name            VARCHAR(200)             NOT NULL,
    ship_line1           VARCHAR(200)             NOT NULL,
    ship_line2           VARCHAR(200),
    ship_city            VARCHAR(100)             NOT NULL,
    ship_region          VARCHAR(100),
    ship_postal_code     VARCHAR(20)              NOT NULL,
    ship_country         CHAR(2)                  NOT NULL,
    notes                VARCHAR(2000),
    placed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    cancellable_until    TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at         TIMESTAMP WITH TIME ZONE,
    cancelled_at         TIMESTAMP WITH TIME ZONE,
    cancellation_reason  VARCHAR(500),
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL,
    CONSTRAINT orders_number_key UNIQUE (number),
    CONSTRAINT orders_status_check CHECK (status IN ('PENDING', 'CONFIRMED', 'PROCESSING', 'COMPLETED', 'CANCELLED')),
    CONSTRAINT orders_payment_status_check CHECK (payment_status IN
        ('UNPAID', 'AUTHORIZED', 'PARTIALLY_PAID', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'))
);

-- "my orders", newest first
CREATE INDEX orders_customer_idx ON orders (customer_id, placed_at DESC, id DESC);
-- the confirmation job: status = 'PENDING' AND cancellable_until <= now, oldest deadline first
-- (a partial index would be smaller, but H2 has none)
CREATE INDEX orders_due_idx ON orders (status, cancellable_until);

CREATE TABLE order_lines (
    order_id          UUID         NOT NULL REFERENCES orders (id),
    line_no           INTEGER      NOT NULL,
    product_id        UUID         NOT NULL REFERENCES products (id),
    sku               VARCHAR(64)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    unit_price_minor  BIGINT       NOT NULL,
    quantity          INTEGER      NOT NULL,
    seller_id         UUID         NOT NULL,
    shipped           INTEGER      NOT NULL,
    delivered         INTEGER      NOT NULL,
    cancelled         INTEGER      NOT NULL,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_lines_quantity_check CHECK (quantity > 0 AND shipped >= 0 AND delivered >= 0 AND cancelled >= 0
        AND delivered <= shipped AND shipped + cancelled <= quantity)
);

-- (scope, idem_key) is the key a retry is recognised by; an expired record may be claimed again.
CREATE TABLE idempotency_keys (
    scope        VARCHAR(64)              NOT NULL,
    idem_key     VARCHAR(255)             NOT NULL,
    operation    VARCHAR(64)              NOT NULL,
    fingerprint  VARCHAR(128)             NOT NULL,
    resource_id  UUID                     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, idem_key)
);

-- Transactional outbox. position stays NULL when a change commits: a single relay
-- assigns gap-free positions to committed rows in commit order later, so readers that
-- resume after position P never miss an event. seller_ids lists the sellers the event
-- concerns as comma-separated lower-case UUIDs (empty when none); "events of seller X
-- after P" is position > P AND seller_ids LIKE '%x%', exact because every UUID has the
-- same 36-character shape. payload is the event's JSON document.
CREATE TABLE event_log (
    id              UUID                     NOT NULL PRIMARY KEY,
    position        BIGINT,
    type            VARCHAR(64)              NOT NULL,
    aggregate_type  VARCHAR(32)              NOT NULL,
    aggregate_id    UUID                     NOT NULL,
    customer_id     UUID,
    seller_ids      TEXT                     NOT NULL,
    correlation_id  VARCHAR(128),
    causation_id    UUID,
    actor_id        UUID,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    payload         TEXT                     NOT NULL,
    CONSTRAINT event_log_position_key UNIQUE (position)
);
