-- Managed categories (issue 16). Products keep the category's name in products.category (promotions and the
-- catalogue filter read it; renaming a category rewrites it) and refer to the category by id.
CREATE TABLE categories (
    id         UUID         NOT NULL PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    slug       VARCHAR(100) NOT NULL,
    parent_id  UUID         REFERENCES categories (id),
    CONSTRAINT categories_name_key UNIQUE (name),
    CONSTRAINT categories_slug_key UNIQUE (slug)
);
CREATE INDEX categories_parent_idx ON categories (parent_id);

-- one category per distinct free-text category; names that make the same slug are told apart by a number
CREATE TABLE category_import (name VARCHAR(100) NOT NULL, base VARCHAR(100) NOT NULL);
INSERT INTO category_import (name, base)
SELECT name, COALESCE(NULLIF(TRIM(BOTH '-' FROM LOWER(REGEXP_REPLACE(name, '[^A-Za-z0-9]+', '-', 'g'))), ''),
                      'category')
  FROM (SELECT DISTINCT category AS name FROM products) existing;
INSERT INTO categories (id, name, slug, parent_id)
SELECT gen_random_uuid(), name,
       CASE WHEN rn = 1 THEN LEFT(base, 90) ELSE LEFT(base, 90) || '-' || CAST(rn AS VARCHAR(10)) END, NULL
  FROM (SELECT name, base, ROW_NUMBER() OVER (PARTITION BY LEFT(base, 90) ORDER BY name) AS rn
          FROM category_import) numbered;
DROP TABLE category_import;

ALTER TABLE products ADD COLUMN category_id UUID REFERENCES categories (id);
UPDATE products SET category_id = (SELECT c.id FROM categories c WHERE c.name = products.category);
ALTER TABLE products ALTER COLUMN category_id SET NOT NULL;
CREATE INDEX products_category_id_idx ON products (category_id);
