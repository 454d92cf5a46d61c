package dev.conveyor.adapter.persistence.webhook;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration V28: encrypts the webhook secrets stored before V27 with the configured key. A Java migration
 * because the key comes from configuration; it runs once, in Flyway's transaction, like the SQL ones.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class EncryptWebhookSecrets implements JavaMigration {

    private final WebhookSecretCipher cipher;

    EncryptWebhookSecrets(WebhookSecretCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("28");
    }

    @Override
    public String getDescription() {
        return "encrypt webhook secrets";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<UUID, String> plain = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, secret FROM webhook_endpoint");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String secret = rows.getString("secret");
                if (!cipher.sealed(secret)) {
                    plain.put(rows.getObject("id", UUID.class), secret);
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE webhook_endpoint SET secret = ? WHERE id = ?")) {
            for (Map.Entry<UUID, String> row : plain.entrySet()) {
                update.setString(1, cipher.seal(row.getKey(), row.getValue()));
                update.setObject(2, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
