-- Saved views of the back office's order list (issue 16): a staff member's named filter sets, for themselves.
-- filters holds the list's query parameters as a query string (q=…&status=…), read back by the adapter.
-- name_key (the name in lower case) keeps one view per name and owner, whatever the case.
CREATE TABLE saved_order_views (
    id          UUID                     NOT NULL PRIMARY KEY,
    owner_id    UUID                     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name        VARCHAR(100)             NOT NULL,
    name_key    VARCHAR(100)             NOT NULL,
    filters     VARCHAR(4000)            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT saved_order_views_name UNIQUE (owner_id, name_key)
);
