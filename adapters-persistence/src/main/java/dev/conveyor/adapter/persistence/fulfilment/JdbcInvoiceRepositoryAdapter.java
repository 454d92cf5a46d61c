package dev.conveyor.adapter.persistence.fulfilment;

import static dev.conveyor.adapter.persistence.support.Columns.instant;
import static dev.conveyor.adapter.persistence.support.Columns.setInstant;
import static dev.conveyor.adapter.persistence.support.Columns.setUuid;
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
import dev.conveyor.domain.pricing.AppliedRate;
import dev.conveyor.domain.pricing.InvoiceShare;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.pricing.TaxRateId;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
                                  voided_at, updated_at, version, tax_minor, ship_method_id, ship_method_name,
                                  ship_carrier, ship_amount_minor, ship_discount_minor, ship_net_minor, ship_tax_minor,
                                  ship_rate_id, ship_rate_name, ship_rate_percent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    private static final String INSERT_LINE = """
            INSERT INTO invoice_lines (invoice_id, line_no, sku, name, unit_price_minor, quantity, net_minor, tax_minor,
                                       tax_rate_id, tax_rate_name, tax_rate_percent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String UPDATE = """
            UPDATE invoices
               SET amount_paid_minor = ?, status = ?, paid_at = ?, voided_at = ?, updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";

    private static final String COLUMNS = """
            i.id, i.number, i.order_id, i.order_number, i.delivery_id, i.delivery_number, i.customer_id,
            i.seller_ids, i.total_minor, i.amount_paid_minor, i.currency, i.status, i.issued_at, i.paid_at,
            i.voided_at, i.updated_at, i.version, i.ship_method_id, i.ship_method_name, i.ship_carrier,
            i.ship_amount_minor, i.ship_discount_minor, i.ship_net_minor, i.ship_tax_minor, i.ship_rate_id,
            i.ship_rate_name, i.ship_rate_percent, l.line_no, l.sku, l.name, l.unit_price_minor, l.quantity,
            l.net_minor, l.tax_minor AS line_tax_minor, l.tax_rate_id, l.tax_rate_name, l.tax_rate_percent""";

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
            statement.setLong(18, invoice.price().tax());
            PriceBreakdown.Shipping shipping = invoice.price().shipping();
            setUuid(statement, 19, shipping == null ? null : shipping.methodId().value());
            statement.setString(20, shipping == null ? null : shipping.name());
            statement.setString(21, shipping == null ? null : shipping.carrier());
            statement.setObject(22, shipping == null ? null : shipping.amount(), Types.BIGINT);
            statement.setObject(23, shipping == null ? null : shipping.discount(), Types.BIGINT);
            statement.setObject(24, shipping == null ? null : shipping.net(), Types.BIGINT);
            statement.setObject(25, shipping == null ? null : shipping.tax(), Types.BIGINT);
            AppliedRate rate = shipping == null ? null : shipping.rate();
            setUuid(statement, 26, rate == null || rate.id() == null ? null : rate.id().value());
            statement.setString(27, rate == null ? null : rate.name());
            statement.setBigDecimal(28, rate == null ? null : rate.percent());
        });
        if (inserted) {
            List<InvoiceShare.Line> prices = invoice.price().lines();
            jdbc.batch(INSERT_LINE, invoice.lines(), (statement, line) -> {
                InvoiceShare.Line price = prices.get(invoice.lines().indexOf(line));
                statement.setObject(1, invoice.id().value());
                statement.setInt(2, line.lineNo());
                statement.setString(3, line.sku());
                statement.setString(4, line.name());
                statement.setLong(5, line.unitPrice().amountMinor());
                statement.setInt(6, line.quantity());
                statement.setLong(7, price.net());
                statement.setLong(8, price.tax());
                setUuid(statement, 9, price.rate().id() == null ? null : price.rate().id().value());
                statement.setString(10, price.rate().name());
                statement.setBigDecimal(11, price.rate().percent());
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
        List<InvoiceShare.Line> prices = new ArrayList<>();
        while (rows.next()) {
            UUID id = uuid(rows, "id");
            if (head == null || !head.id().equals(id)) {
                if (head != null) {
                    invoices.add(head.toInvoice(lines, prices));
                }
                head = Head.read(rows);
                lines = new ArrayList<>();
                prices = new ArrayList<>();
            }
            InvoiceLine line = new InvoiceLine(rows.getInt("line_no"), rows.getString("sku"), rows.getString("name"),
                    Money.of(rows.getLong("unit_price_minor"), head.currency()), rows.getInt("quantity"));
            lines.add(line);
            long net = rows.getLong("net_minor");
            long tax = rows.getLong("line_tax_minor");
            prices.add(new InvoiceShare.Line(line.lineNo() - 1, line.quantity(), net, tax, net + tax,
                    rate(rows, "tax_rate_id", "tax_rate_name", "tax_rate_percent")));
        }
        if (head != null) {
            invoices.add(head.toInvoice(lines, prices));
        }
        return invoices;
    }

    private static AppliedRate rate(ResultSet row, String id, String name, String percent) throws SQLException {
        UUID rateId = uuid(row, id);
        return new AppliedRate(rateId == null ? null : new TaxRateId(rateId), row.getString(name),
                row.getBigDecimal(percent));
    }

    private static PriceBreakdown.Shipping shippingOf(ResultSet row) throws SQLException {
        UUID method = uuid(row, "ship_method_id");
        if (method == null) {
            return null;
        }
        long net = row.getLong("ship_net_minor");
        long tax = row.getLong("ship_tax_minor");
        return new PriceBreakdown.Shipping(new ShippingMethodId(method), row.getString("ship_method_name"),
                row.getString("ship_carrier"), row.getLong("ship_amount_minor"), row.getLong("ship_discount_minor"),
                net, tax, net + tax, rate(row, "ship_rate_id", "ship_rate_name", "ship_rate_percent"));
    }

    private record Head(UUID id, String number, UUID orderId, String orderNumber, UUID deliveryId,
                        String deliveryNumber, UUID customerId, String sellerIds, long totalMinor,
                        long amountPaidMinor, String currency, InvoiceStatus status, Instant issuedAt, Instant paidAt,
                        Instant voidedAt, Instant updatedAt, long version, PriceBreakdown.Shipping shipping) {

        static Head read(ResultSet row) throws SQLException {
            return new Head(uuid(row, "id"), row.getString("number"), uuid(row, "order_id"),
                    row.getString("order_number"), uuid(row, "delivery_id"), row.getString("delivery_number"),
                    uuid(row, "customer_id"), row.getString("seller_ids"), row.getLong("total_minor"),
                    row.getLong("amount_paid_minor"), row.getString("currency"),
                    InvoiceStatus.valueOf(row.getString("status")), instant(row, "issued_at"),
                    instant(row, "paid_at"), instant(row, "voided_at"), instant(row, "updated_at"),
                    row.getLong("version"), shippingOf(row));
        }

        Invoice toInvoice(List<InvoiceLine> lines, List<InvoiceShare.Line> prices) {
            Set<UUID> sellers = sellerIds.isEmpty() ? Set.of()
                    : Arrays.stream(sellerIds.split(",")).map(UUID::fromString).collect(Collectors.toSet());
            return Invoice.rehydrate(new InvoiceId(id), new InvoiceNumber(number), new OrderId(orderId), orderNumber,
                    new DeliveryId(deliveryId), deliveryNumber, new UserId(customerId), sellers, lines,
                    InvoiceShare.of(prices, shipping), Money.of(totalMinor, currency), Money.of(amountPaidMinor, currency), status, issuedAt, paidAt,
                    voidedAt, updatedAt, version);
        }
    }
}
