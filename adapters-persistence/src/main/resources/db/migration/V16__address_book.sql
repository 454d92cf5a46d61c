-- Address books (issue 16): several saved addresses per user, one of them the default the checkout fills in.
-- The use cases keep exactly one default per book (they lock the owner's users row first; H2 has no partial
-- unique index to hold it). Same dialect rules as V1.
CREATE TABLE user_addresses (
    id          UUID                     NOT NULL PRIMARY KEY,
    owner_id    UUID                     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name        VARCHAR(200)             NOT NULL,
    line1       VARCHAR(200)             NOT NULL,
    line2       VARCHAR(200),
    city        VARCHAR(100)             NOT NULL,
    region      VARCHAR(100),
    postal_code VARCHAR(20)              NOT NULL,
    country     CHAR(2)                  NOT NULL,
    is_default  BOOLEAN                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX user_addresses_owner_idx ON user_addresses (owner_id, created_at, id);
