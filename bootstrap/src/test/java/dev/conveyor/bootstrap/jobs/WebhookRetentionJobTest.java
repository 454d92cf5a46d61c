package dev.conveyor.bootstrap.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.testsupport.TestPostgres;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The webhook retention job as wired, on PostgreSQL: with {@code conveyor.webhooks.retention} at 7 days, a run
 * deletes every delivery delivered 8 days ago with its attempts, over several batches, and keeps those delivered
 * 6 days ago, the pending and the failed ones.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "conveyor.orders.confirmation-job.enabled", value = "false")
@Property(name = "conveyor.webhooks.enabled", value = "false")
@Property(name = "conveyor.webhooks.retention", value = "7d")
@Property(name = "micronaut.security.token.jwt.signatures.secret.generator.secret",
        value = "webhook-retention-test-secret-at-least-32-characters-long")
class WebhookRetentionJobTest implements TestPropertyProvider {

    /** More than two batches of the purge (500 each). */
    private static final int OLD = 1_100;

    @Inject WebhookRetentionJob job;
    @Inject Jdbc jdbc;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("datasources.default.url", TestPostgres.freshDatabase(),
                "datasources.default.username", "",
                "datasources.default.password", "",
                "conveyor.webhooks.secret-key", Base64.getEncoder().encodeToString(new byte[32]));
    }

    @Test
    void aRunDeletesWhatWasDeliveredBeforeTheRetentionWithItsAttemptsAndKeepsTheRest() {
        Instant now = Instant.now();
        UUID endpoint = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO webhook_endpoint (id, url, event_types, secret, active, created_at)
                VALUES (?, 'https://example.com/hook', '', 'unused', TRUE, ?)""", statement -> {
            statement.setObject(1, endpoint);
            Columns.setInstant(statement, 2, now.minus(Duration.ofDays(60)));
        });
        insert(endpoint, OLD, "DELIVERED", now.minus(Duration.ofDays(8)));
        insert(endpoint, 3, "DELIVERED", now.minus(Duration.ofDays(6)));
        insert(endpoint, 2, "PENDING", null);
        insert(endpoint, 1, "FAILED", null);

        job.run();

        assertEquals(List.of("DELIVERED=3", "FAILED=1", "PENDING=2"),
                counts("SELECT status, COUNT(*) FROM webhook_delivery GROUP BY status ORDER BY status"));
        assertEquals(List.of("DELIVERED=3", "FAILED=1", "PENDING=2"), counts("""
                SELECT d.status, COUNT(*) FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id
                GROUP BY d.status ORDER BY d.status"""));
        assertEquals(List.of("6"), counts("SELECT COUNT(*) FROM webhook_attempt"),
                "no attempt of a deleted delivery is left");
    }

    @Test
    void v45BuiltTheIndexesThePurgeUsesValid() {
        assertEquals(List.of("webhook_attempt_delivery_idx", "webhook_delivery_delivered_idx"), counts("""
                SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                WHERE c.relname IN ('webhook_delivery_delivered_idx', 'webhook_attempt_delivery_idx') AND i.indisvalid
                ORDER BY c.relname"""));
    }

    /** {@code count} deliveries, each with one attempt; first attempted 20 days ago. */
    private void insert(UUID endpoint, int count, String status, Instant deliveredAt) {
        Instant firstAttempt = Instant.now().minus(Duration.ofDays(20));
        jdbc.update("""
                INSERT INTO webhook_delivery (id, endpoint_id, position, event_id, event_type, body, status, attempts,
                first_attempt_at, delivered_at)
                SELECT gen_random_uuid(), ?, n, gen_random_uuid(), 'test:event', '{}', ?, 1, ?, ?
                FROM generate_series(1, ?) AS n""", statement -> {
            statement.setObject(1, endpoint);
            statement.setString(2, status);
            Columns.setInstant(statement, 3, firstAttempt);
            Columns.setInstant(statement, 4, deliveredAt);
            statement.setInt(5, count);
        });
        jdbc.update("""
                INSERT INTO webhook_attempt (id, endpoint_id, delivery_id, position, event_id, event_type,
                attempted_at, status_code, latency_ms)
                SELECT gen_random_uuid(), endpoint_id, id, position, event_id, event_type, first_attempt_at, 200, 5
                FROM webhook_delivery d WHERE status = ? AND NOT EXISTS (
                  SELECT 1 FROM webhook_attempt a WHERE a.delivery_id = d.id)""",
                statement -> statement.setString(1, status));
    }

    private List<String> counts(String sql) {
        return jdbc.list(sql, statement -> { }, row -> row.getMetaData().getColumnCount() == 1
                ? row.getString(1) : row.getString(1) + "=" + row.getLong(2));
    }
}
