package dev.conveyor.adapter.persistence.order;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.seller.port.out.SellerOrdersPort;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.order.LineStage;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A seller's orders start from the seller's lines ({@code order_lines_seller_idx}),
 * so a seller with few orders costs little however many orders there are.
 * {@link #STAGE} is {@link LineStage#of} in SQL; the use-case contract runs both
 * this adapter and the in-memory one, which uses {@code LineStage.of} itself.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcSellerOrdersAdapter implements SellerOrdersPort {

    static final String STAGE = """
            CASE WHEN s.status = 'CANCELLED' OR l.cancelled = l.quantity THEN 'CANCELLED'
                 WHEN l.delivered = l.quantity - l.cancelled THEN 'DELIVERED'
                 WHEN l.shipped = l.quantity - l.cancelled THEN 'SHIPPED'
                 WHEN s.status IN ('PROCESSING', 'COMPLETED') OR l.shipped > 0 THEN 'PROCESSING'
                 ELSE 'PENDING' END""";

    /** The seller's lines, each with its order (as {@code s}), narrowed by the filters. */
    private static final String SELLER_LINES = """
            FROM order_lines l JOIN orders s ON s.id = l.order_id
            WHERE l.seller_id = ?""";

    private final Jdbc jdbc;

    JdbcSellerOrdersAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<Order> findBySeller(UserId sellerId, Set<OrderStatus> statuses, Set<LineStage> stages,
                                    PageRequest page) {
        String filters = SELLER_LINES + (statuses.isEmpty() ? "" : " AND s.status = ANY(?)")
                + (stages.isEmpty() ? "" : " AND " + STAGE + " = ANY(?)");
        Jdbc.Binder bindFilters = statement -> bindFilters(statement, sellerId, statuses, stages);
        long total = jdbc.one("SELECT COUNT(DISTINCT l.order_id) " + filters, bindFilters, row -> row.getLong(1))
                .orElse(0L);
        if (page.offset() >= total) {
            return Page.of(List.of(), page, total);
        }
        int next = 2 + (statuses.isEmpty() ? 0 : 1) + (stages.isEmpty() ? 0 : 1);
        String sql = """
                SELECT %s
                  FROM (SELECT * FROM orders
                         WHERE id IN (SELECT l.order_id %s)
                         ORDER BY placed_at DESC, id DESC
                         LIMIT ? OFFSET ?) o
                  JOIN order_lines l ON l.order_id = o.id
                 ORDER BY o.placed_at DESC, o.id DESC, l.line_no""".formatted(OrderRows.COLUMNS, filters);
        List<Order> orders = OrderRows.read(jdbc, sql, statement -> {
            bindFilters.bind(statement);
            statement.setInt(next, page.size());
            statement.setLong(next + 1, page.offset());
        });
        return Page.of(orders, page, total);
    }

    @Override
    public LineCounts countLines(UserId sellerId) {
        Jdbc.Binder seller = statement -> statement.setObject(1, sellerId.value());
        long orders = jdbc.one("SELECT COUNT(DISTINCT l.order_id) " + SELLER_LINES, seller, row -> row.getLong(1))
                .orElse(0L);
        Map<LineStage, Long> lines = new EnumMap<>(LineStage.class);
        jdbc.list("SELECT stage, COUNT(*) FROM (SELECT " + STAGE + " AS stage " + SELLER_LINES + ") x GROUP BY stage",
                seller, row -> Map.entry(LineStage.valueOf(row.getString(1)), row.getLong(2)))
                .forEach(count -> lines.put(count.getKey(), count.getValue()));
        return new LineCounts(orders, lines);
    }

    private static void bindFilters(PreparedStatement statement, UserId sellerId, Set<OrderStatus> statuses,
                                    Set<LineStage> stages) throws SQLException {
        int index = 1;
        statement.setObject(index++, sellerId.value());
        if (!statuses.isEmpty()) {
            statement.setArray(index++, statement.getConnection().createArrayOf("varchar",
                    statuses.stream().map(OrderStatus::name).toArray()));
        }
        if (!stages.isEmpty()) {
            statement.setArray(index, statement.getConnection().createArrayOf("varchar",
                    stages.stream().map(LineStage::name).toArray()));
        }
    }
}
