-- Webhook secrets are stored encrypted (AES-GCM, "aesgcm:v1:<key id>:<base64>"), longer than the secrets
-- themselves. V28 (EncryptWebhookSecrets, a Java migration: it needs the key) encrypts the rows already there.
ALTER TABLE webhook_endpoint ALTER COLUMN secret SET DATA TYPE VARCHAR(500);
