-- Revocable sessions (issue 11). Every access token carries the number its user had when it was
-- issued; logout, a role change or the deletion of the account moves the number on, and a token
-- carrying another number authenticates nobody. Existing accounts start at 0, which tokens issued
-- before this migration (they carry no number) are read as.
ALTER TABLE users ADD COLUMN token_version BIGINT DEFAULT 0 NOT NULL;
