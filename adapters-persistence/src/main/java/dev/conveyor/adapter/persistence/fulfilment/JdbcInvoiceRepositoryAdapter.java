package dev.conveyor.adapter.persistence.fulfilment;

import static dev.conveyor.adapter.persistence.support.Columns.instant;
import static dev.conveyor.adapter.persistence.support.Columns.setInstant;
import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.shared.port.out.InvoiceRepositoryPort;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.invoice.Invoice;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.invoice.InvoiceLine;
import dev.conveyor.domain.invoice.InvoiceNumber;
import dev.conveyor.domain.invoice.InvoiceStatus;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Invoices and their lines; the unique key on {@code delivery_id} makes a delivery's invoice unique. */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcInvoiceRepositoryAdapter implements InvoiceRepositoryPort {

    private static final String INSERT = """
            INSERT INTO invoices (id, number, order_id, order_number, delivery_id, delivery_number, customer_id,
                                  seller_ids, total_minor, amount_paid_minor, currency, status, issued_at, paid_at,
                                  voided_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    private static final String INSERT_LINE = """
            INSERT INTO invoice_lines (invoice_id, line_no, sku, name, unit_price_minor, quantity)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private static final String UPDATE = """
            UPDATE invoices
               SET amount_paid_minor = ?, status = ?, paid_at = ?, voided_at = ?, updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";

    private static final String COLUMNS = """
            i.id, i.number, i.order_id, i.order_number, i.delivery_id, i.delivery_number, i.customer_id,
            i.seller_ids, i.total_minor, i.amount_paid_minor, i.currency, i.status, i.issued_at, i.paid_at,
            i.voided_at, i.updated_at, i.version, l.line_no, l.sku, l.name, l.unit_price_minor, l.quantity""";

    private static final String SELECT = "SELECT " + COLUMNS
            + " FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id WHERE ";

    private final Jdbc jdbc;

    JdbcInvoiceRepositoryAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insertIfAbsent(Invoice invoice) {
        boolean inserted = Inserts.ifAbsent(jdbc, INSERT, statement -> {
            statement.setObject(1, invoice.id().value());
            statement.setString(2, invoice.number().value());
            statement.setObject(3, invoice.orderId().value());
            statement.setString(4, invoice.orderNumber());
            statement.setObject(5, invoice.deliveryId().value());
            statement.setString(6, invoice.deliveryNumber());
            statement.setObject(7, invoice.customerId().value());
            statement.setString(8, invoice.sellerIds().stream().map(UUID::toString).sorted()
                    .collect(Collectors.joining(",")));
            statement.setLong(9, invoice.total().amountMinor());
            statement.setLong(10, invoice.amountPaid().amountMinor());
            statement.setString(11, invoice.total().currency());
            statement.setString(12, invoice.status().name());
            setInstant(statement, 13, invoice.issuedAt());
            setInstant(statement, 14, invoice.paidAt());
            setInstant(statement, 15, invoice.voidedAt());
            setInstant(statement, 16, invoice.updatedAt());
            statement.setLong(17, invoice.version());
        });
        if (inserted) {
            jdbc.batch(INSERT_LINE, invoice.lines(), (statement, line) -> {
                statement.setObject(1, invoice.id().value());
                statement.setInt(2, line.lineNo());
                statement.setString(3, line.sku());
                statement.setString(4, line.name());
                statement.setLong(5, line.unitPrice().amountMinor());
                statement.setInt(6, line.quantity());
            });
        }
        return inserted;
    }

    @Override
    public void update(Invoice invoice) {
        int updated = jdbc.update(UPDATE, statement -> {
            statement.setLong(1, invoice.amountPaid().amountMinor());
            statement.setString(2, invoice.status().name());
            setInstant(statement, 3, invoice.paidAt());
            setInstant(statement, 4, invoice.voidedAt());
            setInstant(statement, 5, invoice.updatedAt());
            statement.setObject(6, invoice.id().value());
            statement.setLong(7, invoice.version());
        });
        if (updated == 0) {
            throw new ConcurrentModificationException("invoice", invoice.number());
        }
    }

    @Override
    public Optional<Invoice> findById(InvoiceId id) {
        return jdbc.read(SELECT + "i.id = ? ORDER BY l.line_no", statement -> statement.setObject(1, id.value()),
                JdbcInvoiceRepositoryAdapter::read).stream().findFirst();
    }

    @Override
    public Optional<Invoice> findByDelivery(DeliveryId deliveryId) {
        return jdbc.read(SELECT + "i.delivery_id = ? ORDER BY l.line_no",
                statement -> statement.setObject(1, deliveryId.value()),
                JdbcInvoiceRepositoryAdapter::read).stream().findFirst();
    }

    @Override
    public List<Invoice> findByOrder(OrderId orderId) {
        return jdbc.read(SELECT + "i.order_id = ? ORDER BY i.issued_at, i.id, l.line_no",
                statement -> statement.setObject(1, orderId.value()), JdbcInvoiceRepositoryAdapter::read);
    }

    private static List<Invoice> read(ResultSet rows) throws SQLException {
        List<Invoice> invoices = new ArrayList<>();
        Head head = null;
        List<InvoiceLine> lines = new ArrayList<>();
        while (rows.next()) {
            UUID id = uuid(rows, "id");
            if (head == null || !head.id().equals(id)) {
                if (head != null) {
                    invoices.add(head.toInvoice(lines));
                }
                head = Head.read(rows);
                lines = new ArrayList<>();
            }
            lines.add(new InvoiceLine(rows.getInt("line_no"), rows.getString("sku"), rows.getString("name"),
                    Money.of(rows.getLong("unit_price_minor"), head.currency()), rows.getInt("quantity")));
        }
        if (head != null) {
            invoices.add(head.toInvoice(lines));
        }
        return invoices;
    }

    private record Head(UUID id, String number, UUID orderId, String orderNumber, UUID deliveryId,
                        String deliveryNumber, UUID customerId, String sellerIds, long totalMinor,
                        long amountPaidMinor, String currency, InvoiceStatus status, Instant issuedAt, Instant paidAt,
                        Instant voidedAt, Instant updatedAt, long version) {

        static Head read(ResultSet row) throws SQLException {
            return new Head(uuid(row, "id"), row.getString("number"), uuid(row, "order_id"),
                    row.getString("order_number"), uuid(row, "delivery_id"), row.getString("delivery_number"),
                    uuid(row, "customer_id"), row.getString("seller_ids"), row.getLong("total_minor"),
                    row.getLong("amount_paid_minor"), row.getString("currency"),
                    InvoiceStatus.valueOf(row.getString("status")), instant(row, "issued_at"),
                    instant(row, "paid_at"), instant(row, "voided_at"), instant(row, "updated_at"),
                    row.getLong("version"));
        }

        Invoice toInvoice(List<InvoiceLine> lines) {
            Set<UUID> sellers = sellerIds.isEmpty() ? Set.of()
                    : Arrays.stream(sellerIds.split(",")).map(UUID::fromString).collect(Collectors.toSet());
            return Invoice.rehydrate(new InvoiceId(id), new InvoiceNumber(number), new OrderId(orderId), orderNumber,
                    new DeliveryId(deliveryId), deliveryNumber, new UserId(customerId), sellers, lines,
                    Money.of(totalMinor, currency), Money.of(amountPaidMinor, currency), status, issuedAt, paidAt,
                    voidedAt, updatedAt, version);
        }
    }
}
