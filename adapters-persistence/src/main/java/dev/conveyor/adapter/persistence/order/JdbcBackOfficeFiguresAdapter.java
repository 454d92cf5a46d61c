package dev.conveyor.adapter.persistence.order;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.backoffice.port.out.BackOfficeFiguresPort;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's sums, each one aggregate query. They read every order (a few hundred milliseconds at a
 * million orders on PostgreSQL), which is why the core caches their result.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcBackOfficeFiguresAdapter implements BackOfficeFiguresPort {

    private static final String COUNTS = """
            SELECT status, payment_status, fulfillment_status, currency, COUNT(*) AS orders,
                   SUM(CASE WHEN status <> 'CANCELLED' THEN total_minor ELSE 0 END) AS revenue,
                   SUM(CASE WHEN status <> 'CANCELLED' THEN total_minor - tax_minor ELSE 0 END) AS revenue_net
              FROM orders
             GROUP BY status, payment_status, fulfillment_status, currency""";

    /** An order marked paid owes nothing, which spares joining most orders with their payments. */
    private static final String UNPAID = """
            SELECT o.currency,
                   SUM(CASE WHEN o.total_minor > COALESCE(p.paid, 0) THEN o.total_minor - COALESCE(p.paid, 0)
                            ELSE 0 END) AS unpaid
              FROM orders o
              LEFT JOIN (SELECT order_id, SUM(amount_minor) AS paid FROM payments GROUP BY order_id) p
                     ON p.order_id = o.id
             WHERE o.status <> 'CANCELLED' AND o.payment_status <> 'PAID'
             GROUP BY o.currency""";

    private static final String PLACED = """
            SELECT bucket, currency, COUNT(*) AS orders, SUM(revenue) AS revenue
              FROM (SELECT CAST(FLOOR((EXTRACT(EPOCH FROM placed_at) - CAST(? AS BIGINT)) / CAST(? AS BIGINT))
                                AS INTEGER) AS bucket,
                           currency, CASE WHEN status <> 'CANCELLED' THEN total_minor ELSE 0 END AS revenue
                      FROM orders
                     WHERE placed_at >= ? AND placed_at < ?) b
             GROUP BY bucket, currency""";

    private static final String DELIVERY_COUNTS = """
            SELECT status, COUNT(*) FROM deliveries
             WHERE created_at >= ? AND created_at < ? AND status <> 'CANCELLED'
             GROUP BY status""";

    private static final String DELIVERY_VALUE = """
            SELECT l.currency, SUM(l.unit_price_minor * l.quantity)
              FROM deliveries d JOIN delivery_lines l ON l.delivery_id = d.id
             WHERE d.created_at >= ? AND d.created_at < ? AND d.status <> 'CANCELLED'
             GROUP BY l.currency""";

    private final Jdbc jdbc;

    /** @param jdbc staleness-tolerant: the dashboard's figures, cached for minutes anyway */
    JdbcBackOfficeFiguresAdapter(@Named(Jdbc.READS) Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OrderFigures orderFigures() {
        Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
        Map<PaymentStatus, Long> byPayment = new EnumMap<>(PaymentStatus.class);
        Map<FulfillmentStatus, Long> byFulfillment = new EnumMap<>(FulfillmentStatus.class);
        Map<String, Long> revenue = new HashMap<>();
        Map<String, Long> revenueNet = new HashMap<>();
        jdbc.read(COUNTS, statement -> { }, rows -> {
            while (rows.next()) {
                long orders = rows.getLong("orders");
                byStatus.merge(OrderStatus.valueOf(rows.getString("status")), orders, Long::sum);
                byPayment.merge(PaymentStatus.valueOf(rows.getString("payment_status")), orders, Long::sum);
                byFulfillment.merge(FulfillmentStatus.valueOf(rows.getString("fulfillment_status")), orders,
                        Long::sum);
                revenue.merge(rows.getString("currency"), rows.getLong("revenue"), Long::sum);
                revenueNet.merge(rows.getString("currency"), rows.getLong("revenue_net"), Long::sum);
            }
            return null;
        });
        Map<String, Long> unpaid = new HashMap<>();
        jdbc.list(UNPAID, statement -> { }, row -> Map.entry(row.getString(1), row.getLong(2)))
                .forEach(entry -> unpaid.put(entry.getKey(), entry.getValue()));
        return new OrderFigures(byStatus, byPayment, byFulfillment, revenue, revenueNet, unpaid);
    }

    @Override
    public List<PlacedBucket> placedPerBucket(Instant from, Instant to, Duration width) {
        return jdbc.list(PLACED, statement -> {
            statement.setLong(1, from.getEpochSecond());
            statement.setLong(2, width.toSeconds());
            Columns.setInstant(statement, 3, from);
            Columns.setInstant(statement, 4, to);
        }, row -> new PlacedBucket(row.getInt("bucket"), row.getString("currency"), row.getLong("orders"),
                row.getLong("revenue")));
    }

    @Override
    public DeliveryFigures deliveriesCreated(Instant from, Instant to) {
        Jdbc.Binder between = statement -> {
            Columns.setInstant(statement, 1, from);
            Columns.setInstant(statement, 2, to);
        };
        long count = 0;
        long pending = 0;
        long delivered = 0;
        for (Map.Entry<String, Long> status : jdbc.list(DELIVERY_COUNTS, between,
                row -> Map.entry(row.getString(1), row.getLong(2)))) {
            count += status.getValue();
            switch (status.getKey()) {
                case "PENDING", "SHIPPED" -> pending += status.getValue();
                case "DELIVERED" -> delivered += status.getValue();
                default -> { }
            }
        }
        Map<String, Long> value = new HashMap<>();
        jdbc.list(DELIVERY_VALUE, between, row -> Map.entry(row.getString(1), row.getLong(2)))
                .forEach(entry -> value.put(entry.getKey(), entry.getValue()));
        return new DeliveryFigures(count, value, pending, delivered);
    }
}
