-- The retention of delivered webhooks (conveyor.webhooks.retention): the purge finds the old delivered rows by
-- the first index and deletes their attempts by the second, which also serves the foreign key's check of every
-- deleted delivery (without it, each one would scan webhook_attempt).
CREATE INDEX webhook_delivery_delivered_idx ON webhook_delivery (status, delivered_at);
CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id);
