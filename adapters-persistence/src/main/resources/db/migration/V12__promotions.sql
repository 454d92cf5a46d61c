-- Promotions (issue 12): automatic ones (no code) and coupons, with the uses orders claimed. Existing orders
-- used none. A coupon's uses are decided here: placement claims one with a conditional update of `used`
-- (never above usage_limit, which the CHECK backs) and one row in promotion_usages per order; a cancelled
-- order's rows are deleted and `used` goes down again.
CREATE TABLE promotions (
    id                      UUID           NOT NULL PRIMARY KEY,
    name                    VARCHAR(100)   NOT NULL,
    -- upper-case; null: automatic
    code                    VARCHAR(40),
    -- PERCENTAGE uses percent, FIXED_AMOUNT amount_minor, FREE_SHIPPING neither
    discount_kind           VARCHAR(20)    NOT NULL,
    percent                 NUMERIC(5, 2),
    amount_minor            BIGINT,
    -- WHOLE_ORDER, or PRODUCTS / CATEGORIES with target_values: product ids or categories, one per line
    target_kind             VARCHAR(20)    NOT NULL,
    target_values           VARCHAR(20000),
    minimum_subtotal_minor  BIGINT         NOT NULL,
    valid_from              TIMESTAMP WITH TIME ZONE,
    -- exclusive
    valid_until             TIMESTAMP WITH TIME ZONE,
    usage_limit             INT,
    per_customer_limit      INT,
    active                  BOOLEAN        NOT NULL,
    used                    INT            DEFAULT 0 NOT NULL,
    CONSTRAINT promotions_code_key UNIQUE (code),
    CONSTRAINT promotions_discount_check CHECK (
        (discount_kind = 'PERCENTAGE' AND percent > 0 AND percent <= 100 AND amount_minor IS NULL)
        OR (discount_kind = 'FIXED_AMOUNT' AND amount_minor > 0 AND percent IS NULL)
        OR (discount_kind = 'FREE_SHIPPING' AND amount_minor IS NULL AND percent IS NULL)),
    CONSTRAINT promotions_target_check CHECK (
        (target_kind = 'WHOLE_ORDER' AND target_values IS NULL)
        OR (target_kind IN ('PRODUCTS', 'CATEGORIES') AND target_values IS NOT NULL)),
    CONSTRAINT promotions_limits_check CHECK ((usage_limit IS NULL OR usage_limit > 0)
        AND (per_customer_limit IS NULL OR per_customer_limit > 0)),
    CONSTRAINT promotions_used_check CHECK (used >= 0 AND (usage_limit IS NULL OR used <= usage_limit))
);

CREATE TABLE promotion_usages (
    promotion_id  UUID                     NOT NULL REFERENCES promotions (id),
    order_id      UUID                     NOT NULL,
    customer_id   UUID                     NOT NULL,
    claimed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (promotion_id, order_id)
);

CREATE INDEX promotion_usages_customer_idx ON promotion_usages (promotion_id, customer_id);
CREATE INDEX promotion_usages_order_idx ON promotion_usages (order_id);

-- a method no longer offered stays stored: orders name it
ALTER TABLE shipping_methods ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
