-- Pricing: tax categories, rates per destination, shipping methods, products' tax category and weight.
-- Existing products become standard-rated and weightless; existing orders are untouched.

CREATE TABLE tax_categories (
    code  VARCHAR(40)  NOT NULL PRIMARY KEY,
    name  VARCHAR(100) NOT NULL
);

INSERT INTO tax_categories (code, name) VALUES
    ('standard', 'Standard rate'),
    ('reduced', 'Reduced rate'),
    ('zero', 'Zero rate'),
    ('exempt', 'Exempt');

CREATE TABLE tax_rates (
    id            UUID          NOT NULL PRIMARY KEY,
    name          VARCHAR(100)  NOT NULL,
    country       CHAR(2)       NOT NULL,
    -- upper-cased; null: the whole country
    region        VARCHAR(100),
    tax_category  VARCHAR(40)   NOT NULL REFERENCES tax_categories (code),
    percent       NUMERIC(7, 4) NOT NULL,
    valid_from    DATE          NOT NULL,
    -- exclusive; null: no end known
    valid_until   DATE,
    CONSTRAINT tax_rates_percent_check CHECK (percent >= 0 AND percent <= 100),
    CONSTRAINT tax_rates_period_check CHECK (valid_until IS NULL OR valid_until > valid_from)
);

CREATE INDEX tax_rates_country_idx ON tax_rates (country);

CREATE TABLE shipping_methods (
    id                UUID          NOT NULL PRIMARY KEY,
    name              VARCHAR(100)  NOT NULL,
    carrier           VARCHAR(100)  NOT NULL,
    currency          CHAR(3)       NOT NULL,
    -- the countries served, comma-separated ISO codes in alphabetical order
    countries         VARCHAR(1000) NOT NULL,
    -- FLAT and PER_ITEM use amount_minor; WEIGHT_BANDS uses bands: "upToGrams:amountMinor" pairs, comma-separated
    rule_kind         VARCHAR(20)   NOT NULL,
    amount_minor      BIGINT,
    bands             VARCHAR(2000),
    free_above_minor  BIGINT,
    tax_category      VARCHAR(40)   NOT NULL REFERENCES tax_categories (code),
    CONSTRAINT shipping_methods_rule_check CHECK (
        (rule_kind IN ('FLAT', 'PER_ITEM') AND amount_minor >= 0 AND bands IS NULL)
        OR (rule_kind = 'WEIGHT_BANDS' AND amount_minor IS NULL AND bands IS NOT NULL)),
    CONSTRAINT shipping_methods_free_above_check CHECK (free_above_minor IS NULL OR free_above_minor >= 0)
);

ALTER TABLE products ADD COLUMN tax_category VARCHAR(40) DEFAULT 'standard' NOT NULL;
ALTER TABLE products ADD COLUMN weight_grams BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE products ADD CONSTRAINT products_tax_category_fk FOREIGN KEY (tax_category) REFERENCES tax_categories (code);
ALTER TABLE products ADD CONSTRAINT products_weight_check CHECK (weight_grams >= 0);
