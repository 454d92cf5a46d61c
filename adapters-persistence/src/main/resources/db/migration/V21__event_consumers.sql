-- Durable consumers of the event log (issue 14): each follows the log from a position of its own. The
-- runner locks the consumer's row for the length of a batch (FOR UPDATE SKIP LOCKED), so one runner at a
-- time works on a consumer across every instance, and the lock dies with the transaction or connection.
CREATE TABLE event_consumer (
    name             VARCHAR(64)              NOT NULL PRIMARY KEY,
    position         BIGINT                   NOT NULL,
    paused           BOOLEAN                  NOT NULL,
    attempts         INT                      NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(2000),
    last_failed_at   TIMESTAMP WITH TIME ZONE,
    dead_letters     BIGINT                   NOT NULL,
    CONSTRAINT event_consumer_position_check CHECK (position >= 0),
    CONSTRAINT event_consumer_attempts_check CHECK (attempts >= 0)
);

-- Events a consumer gave up on after its last attempt, with the last error.
CREATE TABLE event_consumer_dead_letter (
    id          UUID                     NOT NULL PRIMARY KEY,
    consumer    VARCHAR(64)              NOT NULL REFERENCES event_consumer (name),
    position    BIGINT                   NOT NULL,
    event_id    UUID                     NOT NULL,
    event_type  VARCHAR(64)              NOT NULL,
    attempts    INT                      NOT NULL,
    error       VARCHAR(2000)            NOT NULL,
    failed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX event_consumer_dead_letter_idx ON event_consumer_dead_letter (consumer, failed_at);
