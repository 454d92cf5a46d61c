package dev.conveyor.adapter.persistence.webhook;

import static dev.conveyor.adapter.persistence.support.MigrationTests.flyway;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** V28 on PostgreSQL: secrets stored before it, in plain text, are encrypted with the configured key. */
class WebhookSecretMigrationTest {

    @Test
    void secretsStoredBeforeV28AreEncryptedByIt() throws Exception {
        String url = TestPostgres.freshDatabase();
        WebhookSecretCipher cipher = new WebhookSecretCipher(Base64.getEncoder().encodeToString(new byte[32]),
                "unused");
        flyway(url, new EncryptWebhookSecrets(cipher)).target("27").load().migrate();
        UUID endpoint = UUID.randomUUID();
        String secret = "whsec_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO webhook_endpoint (id, url, event_types, secret, active, created_at)
                     VALUES (?, 'https://example.com/hook', '', ?, TRUE, ?)""")) {
            insert.setObject(1, endpoint);
            insert.setString(2, secret);
            insert.setObject(3, OffsetDateTime.now());
            insert.executeUpdate();
        }

        flyway(url, new EncryptWebhookSecrets(cipher)).load().migrate();

        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement select = connection.prepareStatement("SELECT secret FROM webhook_endpoint");
             ResultSet row = select.executeQuery()) {
            assertTrue(row.next());
            String stored = row.getString(1);
            assertTrue(stored.startsWith(WebhookSecretCipher.PREFIX), stored);
            assertEquals(secret, cipher.open(endpoint, stored));
        }
    }
}
