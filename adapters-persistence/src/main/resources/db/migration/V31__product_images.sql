-- Product images (issue 16): the files live in the media store under names made of the digest (SHA-256 of
-- the uploaded bytes); these rows say which product shows which picture, in which order.
CREATE TABLE product_images (
    id              UUID                     NOT NULL PRIMARY KEY,
    product_id      UUID                     NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    position        INTEGER                  NOT NULL,
    digest          CHAR(64)                 NOT NULL,
    format          VARCHAR(8)               NOT NULL,
    variant_format  VARCHAR(8)               NOT NULL,
    width           INTEGER                  NOT NULL,
    height          INTEGER                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX product_images_product_idx ON product_images (product_id, position);
CREATE INDEX product_images_digest_idx ON product_images (digest);
