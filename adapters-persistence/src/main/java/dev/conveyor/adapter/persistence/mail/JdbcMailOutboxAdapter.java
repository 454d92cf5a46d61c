package dev.conveyor.adapter.persistence.mail;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.mail.port.out.MailOutboxPort;
import dev.conveyor.application.mail.port.out.MailTemplate;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The mail outbox (V23). */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcMailOutboxAdapter implements MailOutboxPort {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = """
            id, event_id, template, recipient_id, recipient_email, subject, html, body_text, unsubscribe_url,
            invoice_id, customer_id, status, attempts, next_attempt_at, created_at, sent_at, last_error""";

    private final Jdbc jdbc;

    JdbcMailOutboxAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * ON CONFLICT DO NOTHING keeps a PostgreSQL transaction alive on a taken key (and waits for a concurrent
     * insert of it); H2 fails the statement instead, undoing only that statement.
     */
    @Override
    public boolean enqueue(QueuedMail mail) {
        String insert = "INSERT INTO mail_outbox (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING";
        return jdbc.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                statement.setObject(1, mail.id());
                statement.setObject(2, mail.eventId());
                statement.setString(3, mail.template().name());
                statement.setObject(4, mail.recipientId());
                statement.setString(5, mail.recipientEmail());
                statement.setString(6, mail.subject());
                statement.setString(7, mail.html());
                statement.setString(8, mail.text());
                statement.setString(9, mail.unsubscribeUrl());
                statement.setObject(10, mail.invoiceId());
                statement.setObject(11, mail.customerId());
                statement.setString(12, mail.status().name());
                statement.setInt(13, mail.attempts());
                Columns.setInstant(statement, 14, mail.nextAttemptAt());
                Columns.setInstant(statement, 15, mail.createdAt());
                Columns.setInstant(statement, 16, mail.sentAt());
                statement.setString(17, mail.lastError());
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public List<QueuedMail> due(Instant now, int limit) {
        return jdbc.list("SELECT " + COLUMNS + " FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?"
                        + " ORDER BY next_attempt_at, id LIMIT ?",
                statement -> {
                    Columns.setInstant(statement, 1, now);
                    statement.setInt(2, limit);
                }, JdbcMailOutboxAdapter::mail);
    }

    @Override
    public boolean claim(UUID id, Instant now) {
        return jdbc.update("UPDATE mail_outbox SET status = 'SENDING', claimed_at = ? WHERE id = ? AND status = 'PENDING'",
                statement -> {
                    Columns.setInstant(statement, 1, now);
                    statement.setObject(2, id);
                }) == 1;
    }

    @Override
    public void sent(UUID id, Instant at) {
        jdbc.update("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL"
                + " WHERE id = ?", statement -> {
                    Columns.setInstant(statement, 1, at);
                    statement.setObject(2, id);
                });
    }

    @Override
    public void retryLater(UUID id, int attempts, Instant nextAttemptAt, String error) {
        jdbc.update("UPDATE mail_outbox SET status = 'PENDING', attempts = ?, next_attempt_at = ?, last_error = ?"
                + " WHERE id = ?", statement -> {
                    statement.setInt(1, attempts);
                    Columns.setInstant(statement, 2, nextAttemptAt);
                    statement.setString(3, error);
                    statement.setObject(4, id);
                });
    }

    @Override
    public void giveUp(UUID id, Status status, int attempts, String error, Instant at) {
        jdbc.update("UPDATE mail_outbox SET status = ?, attempts = ?, next_attempt_at = NULL, last_error = ?"
                + " WHERE id = ?", statement -> {
                    statement.setString(1, status.name());
                    statement.setInt(2, attempts);
                    statement.setString(3, error);
                    statement.setObject(4, id);
                });
    }

    @Override
    public int giveUpStaleClaims(Instant claimedBefore, String error) {
        return jdbc.update("UPDATE mail_outbox SET status = 'UNCERTAIN', attempts = attempts + 1, next_attempt_at = NULL,"
                + " last_error = ? WHERE status = 'SENDING' AND claimed_at < ?", statement -> {
                    statement.setString(1, error);
                    Columns.setInstant(statement, 2, claimedBefore);
                });
    }

    @Override
    public Page<QueuedMail> list(Status status, PageRequest page) {
        long total = jdbc.one("SELECT COUNT(*) FROM mail_outbox WHERE status = ?",
                statement -> statement.setString(1, status.name()), row -> row.getLong(1)).orElse(0L);
        List<QueuedMail> items = jdbc.list("SELECT " + COLUMNS + " FROM mail_outbox WHERE status = ?"
                        + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                statement -> {
                    statement.setString(1, status.name());
                    statement.setInt(2, page.size());
                    statement.setLong(3, page.offset());
                }, JdbcMailOutboxAdapter::mail);
        return Page.of(items, page, total);
    }

    @Override
    public Optional<QueuedMail> find(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ?", statement -> statement.setObject(1, id),
                JdbcMailOutboxAdapter::mail);
    }

    @Override
    public boolean resend(UUID id, Instant now) {
        return jdbc.update("UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?"
                + " WHERE id = ? AND status IN ('FAILED', 'UNCERTAIN')", statement -> {
                    Columns.setInstant(statement, 1, now);
                    statement.setObject(2, id);
                }) == 1;
    }

    private static QueuedMail mail(ResultSet row) throws SQLException {
        return new QueuedMail(Columns.uuid(row, "id"), Columns.uuid(row, "event_id"),
                MailTemplate.valueOf(row.getString("template")), Columns.uuid(row, "recipient_id"),
                row.getString("recipient_email"), row.getString("subject"), row.getString("html"),
                row.getString("body_text"), row.getString("unsubscribe_url"), Columns.uuid(row, "invoice_id"),
                Columns.uuid(row, "customer_id"), Status.valueOf(row.getString("status")), row.getInt("attempts"),
                Columns.instant(row, "next_attempt_at"), Columns.instant(row, "created_at"),
                Columns.instant(row, "sent_at"), row.getString("last_error"));
    }
}
