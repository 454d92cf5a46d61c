-- E-mail (issue 14). The mail consumer (a durable consumer of the event log) queues each mail an event causes,
-- rendered, in the transaction that moves it past the event. The unique key is the at-most-once guarantee:
-- one mail per (event, recipient, template), however often the event is handled or replayed. A sender claims a
-- mail (PENDING -> SENDING, committed) before it sends it.
CREATE TABLE mail_outbox (
    id               UUID                     NOT NULL PRIMARY KEY,
    event_id         UUID                     NOT NULL,
    template         VARCHAR(40)              NOT NULL,
    recipient_id     UUID                     NOT NULL,
    recipient_email  VARCHAR(254)             NOT NULL,
    subject          VARCHAR(1000)            NOT NULL,
    html             TEXT                     NOT NULL,
    body_text        TEXT                     NOT NULL,
    unsubscribe_url  VARCHAR(2000),
    invoice_id       UUID,
    customer_id      UUID,
    status           VARCHAR(16)              NOT NULL,
    attempts         INT                      NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_at       TIMESTAMP WITH TIME ZONE,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(2000),
    CONSTRAINT mail_outbox_once UNIQUE (event_id, recipient_id, template)
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (status, next_attempt_at);

-- The mail categories a person turned off (only those that are not transactional).
CREATE TABLE mail_opt_out (
    user_id     UUID                     NOT NULL,
    category    VARCHAR(40)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, category)
);
