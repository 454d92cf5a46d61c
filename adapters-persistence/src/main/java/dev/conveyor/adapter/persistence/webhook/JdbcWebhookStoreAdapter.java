package dev.conveyor.adapter.persistence.webhook;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.adapter.persistence.support.SqlDialect;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Webhook endpoints, deliveries and attempts in their tables (V22); secrets encrypted (V27, V28). */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcWebhookStoreAdapter implements WebhookStorePort {

    private static final String ENDPOINT = "id, url, event_types, secret, active, disabled_reason, created_at";
    private static final String DELIVERY = """
            id, endpoint_id, position, event_id, event_type, body, status, attempts, next_attempt_at,
            first_attempt_at, delivered_at""";
    private static final int EXCERPT = 1_000;

    private final Jdbc jdbc;
    private final WebhookSecretCipher cipher;

    JdbcWebhookStoreAdapter(Jdbc jdbc, WebhookSecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void add(Webhook webhook) {
        jdbc.update("INSERT INTO webhook_endpoint (" + ENDPOINT + ") VALUES (?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setObject(1, webhook.id());
            statement.setString(2, webhook.url());
            statement.setString(3, frame(webhook.eventTypes()));
            statement.setString(4, cipher.seal(webhook.id(), webhook.secret()));
            statement.setBoolean(5, webhook.active());
            statement.setString(6, webhook.disabledReason());
            Columns.setInstant(statement, 7, webhook.createdAt());
        });
    }

    @Override
    public void save(Webhook webhook) {
        jdbc.update("UPDATE webhook_endpoint SET event_types = ?, active = ?, disabled_reason = ? WHERE id = ?",
                statement -> {
                    statement.setString(1, frame(webhook.eventTypes()));
                    statement.setBoolean(2, webhook.active());
                    statement.setString(3, webhook.disabledReason());
                    statement.setObject(4, webhook.id());
                });
    }

    @Override
    public Optional<Webhook> find(UUID id) {
        return jdbc.one("SELECT " + ENDPOINT + " FROM webhook_endpoint WHERE id = ?",
                statement -> statement.setObject(1, id), this::webhook);
    }

    @Override
    public List<Webhook> all() {
        return jdbc.list("SELECT " + ENDPOINT + " FROM webhook_endpoint ORDER BY created_at, id", statement -> { },
                this::webhook);
    }

    @Override
    public Optional<Webhook> tryLock(UUID id) {
        // NO KEY UPDATE on PostgreSQL: the fan-out's inserts of new deliveries check their foreign key with a
        // KEY SHARE lock on the endpoint, which FOR UPDATE would block for as long as a receiver hangs
        String lock = jdbc.dialect() == SqlDialect.POSTGRESQL ? "FOR NO KEY UPDATE SKIP LOCKED" : "FOR UPDATE SKIP LOCKED";
        return jdbc.one("SELECT " + ENDPOINT + " FROM webhook_endpoint WHERE id = ? " + lock,
                statement -> statement.setObject(1, id), this::webhook);
    }

    @Override
    public List<Delivery> pending(UUID webhookId, int limit) {
        return jdbc.list("SELECT " + DELIVERY + " FROM webhook_delivery WHERE endpoint_id = ? AND status = 'PENDING'"
                        + " ORDER BY position LIMIT ?",
                statement -> {
                    statement.setObject(1, webhookId);
                    statement.setInt(2, limit);
                }, JdbcWebhookStoreAdapter::delivery);
    }

    @Override
    public Optional<Delivery> delivery(UUID webhookId, UUID deliveryId) {
        return jdbc.one("SELECT " + DELIVERY + " FROM webhook_delivery WHERE endpoint_id = ? AND id = ?",
                statement -> {
                    statement.setObject(1, webhookId);
                    statement.setObject(2, deliveryId);
                }, JdbcWebhookStoreAdapter::delivery);
    }

    @Override
    public void save(Delivery delivery) {
        saveDeliveries(List.of(delivery));
    }

    @Override
    public void saveDeliveries(List<Delivery> deliveries) {
        jdbc.batch("""
                        UPDATE webhook_delivery SET status = ?, attempts = ?, next_attempt_at = ?, first_attempt_at = ?,
                        delivered_at = ? WHERE id = ?""", deliveries,
                (statement, delivery) -> {
                    statement.setString(1, delivery.status().name());
                    statement.setInt(2, delivery.attempts());
                    Columns.setInstant(statement, 3, delivery.nextAttemptAt());
                    Columns.setInstant(statement, 4, delivery.firstAttemptAt());
                    Columns.setInstant(statement, 5, delivery.deliveredAt());
                    statement.setObject(6, delivery.id());
                });
    }

    @Override
    public void addAttempts(List<Attempt> attempts) {
        jdbc.batch("""
                        INSERT INTO webhook_attempt (id, endpoint_id, delivery_id, position, event_id, event_type,
                        attempted_at, status_code, latency_ms, response_excerpt, error)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", attempts,
                (statement, attempt) -> {
                    statement.setObject(1, attempt.id());
                    statement.setObject(2, attempt.webhookId());
                    statement.setObject(3, attempt.deliveryId());
                    statement.setLong(4, attempt.position());
                    statement.setObject(5, attempt.eventId());
                    statement.setString(6, attempt.eventType());
                    Columns.setInstant(statement, 7, attempt.attemptedAt());
                    statement.setObject(8, attempt.statusCode());
                    statement.setLong(9, attempt.latencyMillis());
                    statement.setString(10, cut(attempt.responseExcerpt()));
                    statement.setString(11, cut(attempt.error()));
                });
    }

    @Override
    public Page<Attempt> attempts(UUID webhookId, PageRequest page) {
        long total = jdbc.one("SELECT COUNT(*) FROM webhook_attempt WHERE endpoint_id = ?",
                statement -> statement.setObject(1, webhookId), row -> row.getLong(1)).orElse(0L);
        List<Attempt> items = jdbc.list("""
                        SELECT id, endpoint_id, delivery_id, position, event_id, event_type, attempted_at, status_code,
                        latency_ms, response_excerpt, error FROM webhook_attempt WHERE endpoint_id = ?
                        ORDER BY attempted_at DESC, id DESC LIMIT ? OFFSET ?""",
                statement -> {
                    statement.setObject(1, webhookId);
                    statement.setInt(2, page.size());
                    statement.setLong(3, page.offset());
                },
                row -> new Attempt(Columns.uuid(row, "id"), Columns.uuid(row, "endpoint_id"),
                        Columns.uuid(row, "delivery_id"), row.getLong("position"), Columns.uuid(row, "event_id"),
                        row.getString("event_type"), Columns.instant(row, "attempted_at"),
                        row.getObject("status_code", Integer.class), row.getLong("latency_ms"),
                        row.getString("response_excerpt"), row.getString("error")));
        return Page.of(items, page, total);
    }

    @Override
    public List<UUID> due(Instant now) {
        return jdbc.list("""
                        SELECT e.id FROM webhook_endpoint e WHERE e.active AND EXISTS (
                          SELECT 1 FROM webhook_delivery d WHERE d.endpoint_id = e.id AND d.status = 'PENDING'
                          AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= ?)
                          AND d.position = (SELECT MIN(h.position) FROM webhook_delivery h
                                            WHERE h.endpoint_id = e.id AND h.status = 'PENDING'))""",
                statement -> Columns.setInstant(statement, 1, now), row -> Columns.uuid(row, "id"));
    }

    @Override
    public int deleteDelivered(Instant cutoff, int limit) {
        List<UUID> ids = jdbc.list("""
                        SELECT id FROM webhook_delivery WHERE status = 'DELIVERED' AND delivered_at < ?
                        LIMIT ? FOR UPDATE SKIP LOCKED""",
                statement -> {
                    Columns.setInstant(statement, 1, cutoff);
                    statement.setInt(2, limit);
                }, row -> Columns.uuid(row, "id"));
        // the attempts first: they refer to their delivery
        jdbc.batch("DELETE FROM webhook_attempt WHERE delivery_id = ?", ids,
                (statement, id) -> statement.setObject(1, id));
        jdbc.batch("DELETE FROM webhook_delivery WHERE id = ?", ids, (statement, id) -> statement.setObject(1, id));
        return ids.size();
    }

    /** ",a,b," so that one LIKE '%,type,%' finds a type; "" for every type. */
    static String frame(List<String> types) {
        return types.isEmpty() ? "" : "," + String.join(",", types) + ",";
    }

    private static String cut(String text) {
        return text == null || text.length() <= EXCERPT ? text : text.substring(0, EXCERPT);
    }

    private Webhook webhook(ResultSet row) throws SQLException {
        String types = row.getString("event_types");
        List<String> eventTypes = types.isEmpty() ? List.of()
                : Arrays.stream(types.split(",")).filter(type -> !type.isEmpty()).toList();
        UUID id = Columns.uuid(row, "id");
        return new Webhook(id, row.getString("url"), eventTypes, cipher.open(id, row.getString("secret")),
                row.getBoolean("active"), row.getString("disabled_reason"), Columns.instant(row, "created_at"));
    }

    private static Delivery delivery(ResultSet row) throws SQLException {
        return new Delivery(Columns.uuid(row, "id"), Columns.uuid(row, "endpoint_id"), row.getLong("position"),
                Columns.uuid(row, "event_id"), row.getString("event_type"), row.getString("body"),
                DeliveryStatus.valueOf(row.getString("status")), row.getInt("attempts"),
                Columns.instant(row, "next_attempt_at"), Columns.instant(row, "first_attempt_at"),
                Columns.instant(row, "delivered_at"));
    }
}
