package dev.conveyor.adapter.persistence.fulfilment;

import static dev.conveyor.adapter.persistence.support.Columns.instant;
import static dev.conveyor.adapter.persistence.support.Columns.setInstant;
import static dev.conveyor.adapter.persistence.support.Columns.setUuid;
import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.fulfilment.port.out.DeliveryRepositoryPort;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryLine;
import dev.conveyor.domain.delivery.DeliveryNumber;
import dev.conveyor.domain.delivery.DeliveryStatus;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Deliveries and their lines; a read is one query joining the lines. */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcDeliveryRepositoryAdapter implements DeliveryRepositoryPort {

    private static final String INSERT = """
            INSERT INTO deliveries (id, number, order_id, order_number, customer_id, status, carrier, tracking_number,
                                    status_reason, created_by, created_at, shipped_at, delivered_at, failed_at,
                                    cancelled_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_LINE = """
            INSERT INTO delivery_lines (delivery_id, line_no, product_id, sku, name, unit_price_minor, currency,
                                        seller_id, quantity)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String UPDATE = """
            UPDATE deliveries
               SET status = ?, carrier = ?, tracking_number = ?, status_reason = ?, shipped_at = ?, delivered_at = ?,
                   failed_at = ?, cancelled_at = ?, updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";

    private static final String COLUMNS = """
            d.id, d.number, d.order_id, d.order_number, d.customer_id, d.status, d.carrier, d.tracking_number,
            d.status_reason, d.created_by, d.created_at, d.shipped_at, d.delivered_at, d.failed_at, d.cancelled_at,
            d.updated_at, d.version, l.line_no, l.product_id, l.sku, l.name, l.unit_price_minor, l.currency,
            l.seller_id, l.quantity""";

    private static final String FIND_BY_ID = """
            SELECT %s FROM deliveries d JOIN delivery_lines l ON l.delivery_id = d.id
             WHERE d.id = ? ORDER BY l.line_no""".formatted(COLUMNS);

    private static final String FIND_BY_ORDER = """
            SELECT %s FROM deliveries d JOIN delivery_lines l ON l.delivery_id = d.id
             WHERE d.order_id = ? ORDER BY d.created_at, d.id, l.line_no""".formatted(COLUMNS);

    private final Jdbc jdbc;

    JdbcDeliveryRepositoryAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Delivery delivery) {
        jdbc.update(INSERT, statement -> {
            statement.setObject(1, delivery.id().value());
            statement.setString(2, delivery.number().value());
            statement.setObject(3, delivery.orderId().value());
            statement.setString(4, delivery.orderNumber());
            statement.setObject(5, delivery.customerId().value());
            statement.setString(6, delivery.status().name());
            statement.setString(7, delivery.carrier());
            statement.setString(8, delivery.trackingNumber());
            statement.setString(9, delivery.statusReason());
            setUuid(statement, 10, delivery.createdBy() == null ? null : delivery.createdBy().value());
            setInstant(statement, 11, delivery.createdAt());
            setInstant(statement, 12, delivery.shippedAt());
            setInstant(statement, 13, delivery.deliveredAt());
            setInstant(statement, 14, delivery.failedAt());
            setInstant(statement, 15, delivery.cancelledAt());
            setInstant(statement, 16, delivery.updatedAt());
            statement.setLong(17, delivery.version());
        });
        jdbc.batch(INSERT_LINE, delivery.lines(), (statement, line) -> {
            statement.setObject(1, delivery.id().value());
            statement.setInt(2, line.lineNo());
            statement.setObject(3, line.productId().value());
            statement.setString(4, line.sku().value());
            statement.setString(5, line.name());
            statement.setLong(6, line.unitPrice().amountMinor());
            statement.setString(7, line.unitPrice().currency());
            statement.setObject(8, line.sellerId().value());
            statement.setInt(9, line.quantity());
        });
    }

    @Override
    public void update(Delivery delivery) {
        int updated = jdbc.update(UPDATE, statement -> {
            statement.setString(1, delivery.status().name());
            statement.setString(2, delivery.carrier());
            statement.setString(3, delivery.trackingNumber());
            statement.setString(4, delivery.statusReason());
            setInstant(statement, 5, delivery.shippedAt());
            setInstant(statement, 6, delivery.deliveredAt());
            setInstant(statement, 7, delivery.failedAt());
            setInstant(statement, 8, delivery.cancelledAt());
            setInstant(statement, 9, delivery.updatedAt());
            statement.setObject(10, delivery.id().value());
            statement.setLong(11, delivery.version());
        });
        if (updated == 0) {
            throw new ConcurrentModificationException("delivery", delivery.number());
        }
    }

    @Override
    public Optional<Delivery> findById(DeliveryId id) {
        return jdbc.read(FIND_BY_ID, statement -> statement.setObject(1, id.value()),
                JdbcDeliveryRepositoryAdapter::read).stream().findFirst();
    }

    @Override
    public List<Delivery> findByOrder(OrderId orderId) {
        return jdbc.read(FIND_BY_ORDER, statement -> statement.setObject(1, orderId.value()),
                JdbcDeliveryRepositoryAdapter::read);
    }

    /** One row per line, the rows of one delivery adjacent and in line order. */
    private static List<Delivery> read(ResultSet rows) throws SQLException {
        List<Delivery> deliveries = new ArrayList<>();
        UUID current = null;
        List<DeliveryLine> lines = new ArrayList<>();
        Head head = null;
        while (rows.next()) {
            UUID id = uuid(rows, "id");
            if (!id.equals(current)) {
                if (head != null) {
                    deliveries.add(head.toDelivery(lines));
                }
                current = id;
                head = Head.read(rows);
                lines = new ArrayList<>();
            }
            lines.add(new DeliveryLine(rows.getInt("line_no"), new ProductId(uuid(rows, "product_id")),
                    new Sku(rows.getString("sku")), rows.getString("name"),
                    Money.of(rows.getLong("unit_price_minor"), rows.getString("currency")),
                    new UserId(uuid(rows, "seller_id")), rows.getInt("quantity")));
        }
        if (head != null) {
            deliveries.add(head.toDelivery(lines));
        }
        return deliveries;
    }

    /** The delivery's own columns, read from the first row of the delivery. */
    private record Head(UUID id, String number, UUID orderId, String orderNumber, UUID customerId,
                        DeliveryStatus status, String carrier, String trackingNumber, String statusReason,
                        UUID createdBy, Instant createdAt, Instant shippedAt, Instant deliveredAt, Instant failedAt,
                        Instant cancelledAt, Instant updatedAt, long version) {

        static Head read(ResultSet row) throws SQLException {
            return new Head(uuid(row, "id"), row.getString("number"), uuid(row, "order_id"),
                    row.getString("order_number"), uuid(row, "customer_id"),
                    DeliveryStatus.valueOf(row.getString("status")), row.getString("carrier"),
                    row.getString("tracking_number"), row.getString("status_reason"), uuid(row, "created_by"),
                    instant(row, "created_at"), instant(row, "shipped_at"), instant(row, "delivered_at"),
                    instant(row, "failed_at"), instant(row, "cancelled_at"), instant(row, "updated_at"),
                    row.getLong("version"));
        }

        Delivery toDelivery(List<DeliveryLine> lines) {
            return Delivery.rehydrate(new DeliveryId(id), new DeliveryNumber(number), new OrderId(orderId),
                    orderNumber, new UserId(customerId), lines, status, carrier, trackingNumber, statusReason,
                    createdBy == null ? null : new UserId(createdBy), createdAt, shippedAt, deliveredAt, failedAt,
                    cancelledAt, updatedAt, version);
        }
    }
}
