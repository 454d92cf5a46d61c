package dev.conveyor.adapter.persistence.idempotency;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.shared.port.out.IdempotencyPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency records claimed by one conditional upsert: it inserts, or takes
 * over an expired record, or changes nothing while an unexpired one exists.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcIdempotencyAdapter implements IdempotencyPort {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbc jdbc;
    private final String claim;

    JdbcIdempotencyAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.claim = jdbc.dialect().claimIdempotencyKey();
    }

    @Override
    public Optional<IdempotencyRecord> find(String scope, String key, Instant now) {
        return jdbc.one("""
                        SELECT scope, idem_key, operation, fingerprint, resource_id, created_at, expires_at
                          FROM idempotency_keys
                         WHERE scope = ? AND idem_key = ? AND expires_at > ?""",
                statement -> {
                    statement.setString(1, scope);
                    statement.setString(2, key);
                    Columns.setInstant(statement, 3, now);
                },
                row -> new IdempotencyRecord(row.getString("scope"), row.getString("idem_key"),
                        row.getString("operation"), row.getString("fingerprint"), Columns.uuid(row, "resource_id"),
                        Columns.instant(row, "created_at"), Columns.instant(row, "expires_at")));
    }

    @Override
    public boolean claim(IdempotencyRecord record) {
        return jdbc.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(claim)) {
                statement.setString(1, record.scope());
                statement.setString(2, record.key());
                statement.setString(3, record.operation());
                statement.setString(4, record.fingerprint());
                statement.setObject(5, record.resourceId());
                Columns.setInstant(statement, 6, record.createdAt());
                Columns.setInstant(statement, 7, record.expiresAt());
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                // H2's MERGE lets a concurrent insert of the same key fail instead of waiting for it;
                // H2 undoes only the failed statement, the transaction goes on
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        });
    }
}
