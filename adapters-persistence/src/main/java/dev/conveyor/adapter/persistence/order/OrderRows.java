package dev.conveyor.adapter.persistence.order;

import static dev.conveyor.adapter.persistence.support.Columns.instant;
import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderNumber;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Rebuilds orders from rows of {@code orders} joined with their
 * {@code order_lines}: one row per line, the rows of one order adjacent and in
 * line order, so a whole page of orders comes from a single query.
 */
final class OrderRows {

    static final String COLUMNS = """
            o.id, o.number, o.customer_id, o.status, o.payment_status, o.total_minor, o.currency, o.ship_name,
            o.ship_line1, o.ship_line2, o.ship_city, o.ship_region, o.ship_postal_code, o.ship_country, o.notes,
            o.placed_at, o.cancellable_until, o.confirmed_at, o.cancelled_at, o.cancellation_reason, o.updated_at,
            o.version, l.line_no, l.product_id, l.sku, l.name, l.unit_price_minor, l.quantity, l.seller_id,
            l.shipped, l.delivered, l.cancelled, l.allocated""";

    private OrderRows() {
    }

    static List<Order> read(ResultSet rows) throws SQLException {
        return read(rows, row -> { });
    }

    /** @param extra reads, from the first row of each order, the columns a query adds to the order's own */
    static List<Order> read(ResultSet rows, ExtraColumns extra) throws SQLException {
        List<Order> orders = new ArrayList<>();
        Head head = null;
        List<OrderLine> lines = new ArrayList<>();
        while (rows.next()) {
            UUID id = uuid(rows, "id");
            if (head == null || !head.id().equals(id)) {
                if (head != null) {
                    orders.add(head.toOrder(lines));
                }
                head = Head.read(rows);
                extra.read(rows);
                lines = new ArrayList<>();
            }
            lines.add(line(rows, head.total().currency()));
        }
        if (head != null) {
            orders.add(head.toOrder(lines));
        }
        return orders;
    }

    @FunctionalInterface
    interface ExtraColumns {
        void read(ResultSet row) throws SQLException;
    }

    private static OrderLine line(ResultSet row, String currency) throws SQLException {
        return new OrderLine(row.getInt("line_no"), new ProductId(uuid(row, "product_id")),
                new Sku(row.getString("sku")), row.getString("name"),
                Money.of(row.getLong("unit_price_minor"), currency), row.getInt("quantity"),
                new UserId(uuid(row, "seller_id")), row.getInt("shipped"), row.getInt("delivered"),
                row.getInt("cancelled"), row.getInt("allocated"));
    }

    /** The order's own columns, read once from the first row of the order. */
    private record Head(UUID id, String number, UUID customerId, OrderStatus status, PaymentStatus paymentStatus,
                        Money total, Address shippingAddress, String notes, Instant placedAt,
                        Instant cancellableUntil, Instant confirmedAt, Instant cancelledAt,
                        String cancellationReason, Instant updatedAt, long version) {

        static Head read(ResultSet row) throws SQLException {
            return new Head(uuid(row, "id"), row.getString("number"), uuid(row, "customer_id"),
                    OrderStatus.valueOf(row.getString("status")),
                    PaymentStatus.valueOf(row.getString("payment_status")),
                    Money.of(row.getLong("total_minor"), row.getString("currency")),
                    new Address(row.getString("ship_name"), row.getString("ship_line1"), row.getString("ship_line2"),
                            row.getString("ship_city"), row.getString("ship_region"),
                            row.getString("ship_postal_code"), row.getString("ship_country")),
                    row.getString("notes"), instant(row, "placed_at"), instant(row, "cancellable_until"),
                    instant(row, "confirmed_at"), instant(row, "cancelled_at"), row.getString("cancellation_reason"),
                    instant(row, "updated_at"), row.getLong("version"));
        }

        Order toOrder(List<OrderLine> lines) {
            return Order.rehydrate(new OrderId(id), new OrderNumber(number), new UserId(customerId), lines,
                    shippingAddress, notes, total, status, paymentStatus, placedAt, cancellableUntil, confirmedAt,
                    cancelledAt, cancellationReason, updatedAt, version);
        }
    }
}
