package dev.conveyor.adapter.persistence.fulfilment;

import static dev.conveyor.adapter.persistence.support.Columns.instant;
import static dev.conveyor.adapter.persistence.support.Columns.setInstant;
import static dev.conveyor.adapter.persistence.support.Columns.setUuid;
import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.payments.port.out.PaymentAttemptPort;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.payment.PaymentAttempt;
import dev.conveyor.domain.payment.PaymentAttemptStatus;
import dev.conveyor.domain.shared.Money;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Attempts keyed by (gateway, reference): the first report inserts the row,
 * later ones move its status forward with a conditional update, so reports in
 * any order end in the same row.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcPaymentAttemptAdapter implements PaymentAttemptPort {

    private static final int MAX_MESSAGE = 500;

    private static final String INSERT = """
            INSERT INTO payment_attempts (gateway, reference, request_id, order_id, amount_minor, currency, status,
                                          failure_message, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    private static final String ADVANCE = """
            UPDATE payment_attempts SET status = ?, failure_message = ?, updated_at = ?
             WHERE gateway = ? AND reference = ? AND status = ANY(?)""";

    private static final String CLAIM_REQUEST = """
            UPDATE payment_attempts SET request_id = ?
             WHERE gateway = ? AND reference = ? AND request_id IS NULL""";

    private static final String SELECT = """
            SELECT gateway, reference, request_id, order_id, amount_minor, currency, status, failure_message,
                   created_at, updated_at
              FROM payment_attempts WHERE\s""";

    private final Jdbc jdbc;

    JdbcPaymentAttemptAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(PaymentAttempt attempt) {
        String message = attempt.failureMessage() == null ? null
                : attempt.failureMessage().substring(0, Math.min(MAX_MESSAGE, attempt.failureMessage().length()));
        boolean inserted = Inserts.ifAbsent(jdbc, INSERT, statement -> {
            statement.setString(1, attempt.gateway());
            statement.setString(2, attempt.reference());
            setUuid(statement, 3, attempt.requestId());
            statement.setObject(4, attempt.orderId().value());
            statement.setLong(5, attempt.amount().amountMinor());
            statement.setString(6, attempt.amount().currency());
            statement.setString(7, attempt.status().name());
            statement.setString(8, message);
            setInstant(statement, 9, attempt.createdAt());
            setInstant(statement, 10, attempt.updatedAt());
        });
        if (inserted) {
            return;
        }
        if (!attempt.status().replaces().isEmpty()) {
            jdbc.update(ADVANCE, statement -> {
                statement.setString(1, attempt.status().name());
                statement.setString(2, message);
                setInstant(statement, 3, attempt.updatedAt());
                statement.setString(4, attempt.gateway());
                statement.setString(5, attempt.reference());
                statement.setArray(6, statement.getConnection().createArrayOf("varchar",
                        attempt.status().replaces().stream().map(Enum::name).toArray()));
            });
        }
        if (attempt.requestId() != null) {
            jdbc.update(CLAIM_REQUEST, statement -> {
                statement.setObject(1, attempt.requestId());
                statement.setString(2, attempt.gateway());
                statement.setString(3, attempt.reference());
            });
        }
    }

    @Override
    public Optional<PaymentAttempt> findByReference(String gateway, String reference) {
        return jdbc.one(SELECT + "gateway = ? AND reference = ?", statement -> {
            statement.setString(1, gateway);
            statement.setString(2, reference);
        }, JdbcPaymentAttemptAdapter::read);
    }

    @Override
    public Optional<PaymentAttempt> findByRequest(UUID requestId) {
        return jdbc.one(SELECT + "request_id = ?", statement -> statement.setObject(1, requestId),
                JdbcPaymentAttemptAdapter::read);
    }

    @Override
    public List<PaymentAttempt> findByOrder(OrderId orderId) {
        return jdbc.list(SELECT + "order_id = ? ORDER BY created_at, reference",
                statement -> statement.setObject(1, orderId.value()), JdbcPaymentAttemptAdapter::read);
    }

    private static PaymentAttempt read(ResultSet row) throws SQLException {
        return new PaymentAttempt(uuid(row, "request_id"), new OrderId(uuid(row, "order_id")),
                row.getString("gateway"), row.getString("reference"),
                Money.of(row.getLong("amount_minor"), row.getString("currency")),
                PaymentAttemptStatus.valueOf(row.getString("status")), row.getString("failure_message"),
                instant(row, "created_at"), instant(row, "updated_at"));
    }
}
