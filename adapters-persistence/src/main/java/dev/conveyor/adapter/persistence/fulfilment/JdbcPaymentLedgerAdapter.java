package dev.conveyor.adapter.persistence.fulfilment;

import static dev.conveyor.adapter.persistence.support.Columns.instant;
import static dev.conveyor.adapter.persistence.support.Columns.setInstant;
import static dev.conveyor.adapter.persistence.support.Columns.setUuid;
import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.shared.port.out.PaymentLedgerPort;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.payment.Payment;
import dev.conveyor.domain.payment.PaymentId;
import dev.conveyor.domain.payment.PaymentKind;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The ledger table: inserts only; the unique (gateway, provider_reference) key dedupes gateway reports. */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcPaymentLedgerAdapter implements PaymentLedgerPort {

    private static final String INSERT = """
            INSERT INTO payments (id, order_id, customer_id, invoice_id, kind, method, gateway, amount_minor, currency,
                                  provider_reference, refund_of, reference, note, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    private static final String SELECT = """
            SELECT id, order_id, customer_id, invoice_id, kind, method, gateway, amount_minor, currency,
                   provider_reference, refund_of, reference, note, recorded_by, recorded_at
              FROM payments WHERE\s""";

    private final Jdbc jdbc;

    JdbcPaymentLedgerAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean append(Payment entry) {
        return Inserts.ifAbsent(jdbc, INSERT, statement -> {
            statement.setObject(1, entry.id().value());
            statement.setObject(2, entry.orderId().value());
            statement.setObject(3, entry.customerId().value());
            setUuid(statement, 4, entry.invoiceId() == null ? null : entry.invoiceId().value());
            statement.setString(5, entry.kind().name());
            statement.setString(6, entry.method().name());
            statement.setString(7, entry.gateway());
            statement.setLong(8, entry.amount().amountMinor());
            statement.setString(9, entry.amount().currency());
            statement.setString(10, entry.providerReference());
            setUuid(statement, 11, entry.refundOf() == null ? null : entry.refundOf().value());
            statement.setString(12, entry.reference());
            statement.setString(13, entry.note());
            setUuid(statement, 14, entry.recordedBy() == null ? null : entry.recordedBy().value());
            setInstant(statement, 15, entry.recordedAt());
        });
    }

    @Override
    public Optional<Payment> findById(PaymentId id) {
        return jdbc.one(SELECT + "id = ?", statement -> statement.setObject(1, id.value()),
                JdbcPaymentLedgerAdapter::read);
    }

    @Override
    public Optional<Payment> findByProviderReference(String gateway, String providerReference) {
        return jdbc.one(SELECT + "gateway = ? AND provider_reference = ?", statement -> {
            statement.setString(1, gateway);
            statement.setString(2, providerReference);
        }, JdbcPaymentLedgerAdapter::read);
    }

    @Override
    public List<Payment> findByOrder(OrderId orderId) {
        return jdbc.list(SELECT + "order_id = ? ORDER BY recorded_at, id",
                statement -> statement.setObject(1, orderId.value()), JdbcPaymentLedgerAdapter::read);
    }

    private static Payment read(ResultSet row) throws SQLException {
        UUID invoiceId = uuid(row, "invoice_id");
        UUID refundOf = uuid(row, "refund_of");
        UUID recordedBy = uuid(row, "recorded_by");
        return new Payment(new PaymentId(uuid(row, "id")), new OrderId(uuid(row, "order_id")),
                new UserId(uuid(row, "customer_id")), invoiceId == null ? null : new InvoiceId(invoiceId),
                PaymentKind.valueOf(row.getString("kind")), PaymentMethod.valueOf(row.getString("method")),
                row.getString("gateway"), Money.of(row.getLong("amount_minor"), row.getString("currency")),
                row.getString("provider_reference"), refundOf == null ? null : new PaymentId(refundOf),
                row.getString("reference"), row.getString("note"), recordedBy == null ? null : new UserId(recordedBy),
                instant(row, "recorded_at"));
    }
}
