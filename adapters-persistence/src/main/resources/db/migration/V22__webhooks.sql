-- Outbound webhooks (issue 14). Endpoints registered by administrators; event_types is a comma-separated
-- list framed by commas (',order:created,order:confirmed,'), empty for every type.
CREATE TABLE webhook_endpoint (
    id               UUID                     NOT NULL PRIMARY KEY,
    url              VARCHAR(2000)            NOT NULL,
    event_types      VARCHAR(2000)            NOT NULL,
    secret           VARCHAR(100)             NOT NULL,
    active           BOOLEAN                  NOT NULL,
    disabled_reason  VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One event for one endpoint, written by the webhook fan-out (a durable consumer of the event log) in the
-- transaction that moves the consumer past the event; sent in position order per endpoint.
CREATE TABLE webhook_delivery (
    id                UUID                     NOT NULL PRIMARY KEY,
    endpoint_id       UUID                     NOT NULL REFERENCES webhook_endpoint (id),
    position          BIGINT                   NOT NULL,
    event_id          UUID                     NOT NULL,
    event_type        VARCHAR(64)              NOT NULL,
    body              TEXT                     NOT NULL,
    status            VARCHAR(16)              NOT NULL,
    attempts          INT                      NOT NULL,
    next_attempt_at   TIMESTAMP WITH TIME ZONE,
    first_attempt_at  TIMESTAMP WITH TIME ZONE,
    delivered_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_delivery_event_key UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_delivery_pending_idx ON webhook_delivery (endpoint_id, status, position);

CREATE TABLE webhook_attempt (
    id                UUID                     NOT NULL PRIMARY KEY,
    endpoint_id       UUID                     NOT NULL REFERENCES webhook_endpoint (id),
    delivery_id       UUID                     NOT NULL REFERENCES webhook_delivery (id),
    position          BIGINT                   NOT NULL,
    event_id          UUID                     NOT NULL,
    event_type        VARCHAR(64)              NOT NULL,
    attempted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code       INT,
    latency_ms        BIGINT                   NOT NULL,
    response_excerpt  VARCHAR(1000),
    error             VARCHAR(1000)
);
CREATE INDEX webhook_attempt_endpoint_idx ON webhook_attempt (endpoint_id, attempted_at);
