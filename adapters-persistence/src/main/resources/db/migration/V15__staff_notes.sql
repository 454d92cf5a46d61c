-- Staff notes (issue 16): what staff keep about a customer or an order, for each other; never shown to
-- customers or sellers. Each note is about exactly one of the two. Same dialect rules as V1.
CREATE TABLE staff_notes (
    id          UUID                     NOT NULL PRIMARY KEY,
    customer_id UUID REFERENCES users (id) ON DELETE CASCADE,
    order_id    UUID REFERENCES orders (id) ON DELETE CASCADE,
    author_id   UUID                     NOT NULL REFERENCES users (id),
    body        VARCHAR(2000)            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT staff_notes_one_subject CHECK ((customer_id IS NULL) <> (order_id IS NULL))
);

CREATE INDEX staff_notes_customer_idx ON staff_notes (customer_id, created_at, id);
CREATE INDEX staff_notes_order_idx ON staff_notes (order_id, created_at, id);
