-- An order's price as it was at placement (docs/pricing.md): per line its discount, tax and the rate
-- applied; the shipping method and charge; the promotions applied. Net and gross follow from these and
-- from how prices were entered (prices_include_tax). Orders placed before pricing existed were charged
-- the sum of their lines, untaxed and without shipping: the defaults say exactly that, so no row is
-- rewritten (adding a column with a constant default is instant on PostgreSQL).

ALTER TABLE orders ADD COLUMN prices_include_tax BOOLEAN DEFAULT TRUE NOT NULL;
-- the order's tax, also the sum of its lines' and shipping's: kept on the row for reports (net = total - tax)
ALTER TABLE orders ADD COLUMN tax_minor BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE orders ADD COLUMN discount_minor BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE orders ADD COLUMN ship_method_id UUID;
ALTER TABLE orders ADD COLUMN ship_method_name VARCHAR(100);
ALTER TABLE orders ADD COLUMN ship_carrier VARCHAR(100);
ALTER TABLE orders ADD COLUMN ship_amount_minor BIGINT;
ALTER TABLE orders ADD COLUMN ship_discount_minor BIGINT;
ALTER TABLE orders ADD COLUMN ship_tax_minor BIGINT;
ALTER TABLE orders ADD COLUMN ship_rate_id UUID;
ALTER TABLE orders ADD COLUMN ship_rate_name VARCHAR(100);
ALTER TABLE orders ADD COLUMN ship_rate_percent NUMERIC(7, 4);
ALTER TABLE orders ADD CONSTRAINT orders_shipping_check CHECK (
    (ship_method_id IS NULL AND ship_amount_minor IS NULL)
    OR (ship_method_id IS NOT NULL AND ship_method_name IS NOT NULL AND ship_carrier IS NOT NULL
        AND ship_amount_minor >= 0 AND ship_discount_minor >= 0 AND ship_tax_minor >= 0
        AND ship_rate_name IS NOT NULL AND ship_rate_percent IS NOT NULL));

ALTER TABLE order_lines ADD COLUMN discount_minor BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE order_lines ADD COLUMN tax_minor BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE order_lines ADD COLUMN tax_rate_id UUID;
ALTER TABLE order_lines ADD COLUMN tax_rate_name VARCHAR(100) DEFAULT 'untaxed' NOT NULL;
ALTER TABLE order_lines ADD COLUMN tax_rate_percent NUMERIC(7, 4) DEFAULT 0 NOT NULL;
ALTER TABLE order_lines ADD CONSTRAINT order_lines_price_check CHECK (discount_minor >= 0 AND tax_minor >= 0);

-- Read only for orders with a discount (orders.discount_minor > 0): most orders have none.
CREATE TABLE order_promotions (
    order_id      UUID         NOT NULL REFERENCES orders (id),
    position      INTEGER      NOT NULL,
    promotion_id  UUID         NOT NULL,
    name          VARCHAR(100) NOT NULL,
    code          VARCHAR(40),
    amount_minor  BIGINT       NOT NULL,
    PRIMARY KEY (order_id, position),
    CONSTRAINT order_promotions_amount_check CHECK (amount_minor >= 0)
);

-- An invoice's share of its order's price (InvoiceShare): per line its net, tax and rate; the shipping
-- charge on the order's first invoice. Invoices issued before pricing existed charged their lines'
-- list prices untaxed: their net is what they charged.
ALTER TABLE invoices ADD COLUMN tax_minor BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE invoices ADD COLUMN ship_method_id UUID;
ALTER TABLE invoices ADD COLUMN ship_method_name VARCHAR(100);
ALTER TABLE invoices ADD COLUMN ship_carrier VARCHAR(100);
ALTER TABLE invoices ADD COLUMN ship_amount_minor BIGINT;
ALTER TABLE invoices ADD COLUMN ship_discount_minor BIGINT;
ALTER TABLE invoices ADD COLUMN ship_net_minor BIGINT;
ALTER TABLE invoices ADD COLUMN ship_tax_minor BIGINT;
ALTER TABLE invoices ADD COLUMN ship_rate_id UUID;
ALTER TABLE invoices ADD COLUMN ship_rate_name VARCHAR(100);
ALTER TABLE invoices ADD COLUMN ship_rate_percent NUMERIC(7, 4);

ALTER TABLE invoice_lines ADD COLUMN net_minor BIGINT;
ALTER TABLE invoice_lines ADD COLUMN tax_minor BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE invoice_lines ADD COLUMN tax_rate_id UUID;
ALTER TABLE invoice_lines ADD COLUMN tax_rate_name VARCHAR(100) DEFAULT 'untaxed' NOT NULL;
ALTER TABLE invoice_lines ADD COLUMN tax_rate_percent NUMERIC(7, 4) DEFAULT 0 NOT NULL;
UPDATE invoice_lines SET net_minor = unit_price_minor * quantity;
ALTER TABLE invoice_lines ALTER COLUMN net_minor SET NOT NULL;
