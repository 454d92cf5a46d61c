package dev.conveyor.adapter.persistence.order;

import static dev.conveyor.adapter.persistence.support.Columns.setInstant;
import static dev.conveyor.adapter.persistence.support.Columns.setUuid;
import static dev.conveyor.adapter.persistence.support.Columns.setUuids;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.adapter.persistence.support.SqlDialect;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.pricing.AppliedRate;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Orders in hand-written SQL, because placing and reading orders are the hot
 * paths: an insert is one round trip on PostgreSQL (the order, its lines and promotions), a read one
 * query joining the lines, a page of orders a count and one such query.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcOrderRepositoryAdapter implements OrderRepositoryPort {

    private static final String INSERT_ORDER = """
            INSERT INTO orders (id, number, customer_id, status, payment_status, total_minor, currency, ship_name,
                                ship_line1, ship_line2, ship_city, ship_region, ship_postal_code, ship_country, notes,
                                placed_at, cancellable_until, confirmed_at, cancelled_at, cancellation_reason,
                                updated_at, version, fulfillment_status, progress, prices_include_tax, tax_minor,
                                discount_minor, ship_method_id, ship_method_name, ship_carrier, ship_amount_minor,
                                ship_discount_minor, ship_tax_minor, ship_rate_id, ship_rate_name, ship_rate_percent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?)""";

    private static final String INSERT_LINES = """
            INSERT INTO order_lines (order_id, line_no, product_id, sku, name, unit_price_minor, quantity, seller_id,
                                     shipped, delivered, cancelled, allocated, discount_minor, tax_minor, tax_rate_id,
                                     tax_rate_name, tax_rate_percent)
            VALUES\s""";

    private static final String LINE_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_LINE = INSERT_LINES + LINE_ROW;

    private static final String INSERT_PROMOTIONS = """
            INSERT INTO order_promotions (order_id, position, promotion_id, name, code, amount_minor)
            VALUES\s""";

    private static final String PROMOTION_ROW = "(?, ?, ?, ?, ?, ?)";

    private static final String UPDATE_ORDER = """
            UPDATE orders
               SET status = ?, payment_status = ?, confirmed_at = ?, cancelled_at = ?, cancellation_reason = ?,
                   updated_at = ?, fulfillment_status = ?, progress = ?, version = version + 1
             WHERE id = ? AND version = ?""";

    private static final String UPDATE_LINE = """
            UPDATE order_lines SET shipped = ?, delivered = ?, cancelled = ?, allocated = ?
             WHERE order_id = ? AND line_no = ?""";

    /** An edit changes the order's price and address too (its status, and the rest, as any update). */
    private static final String UPDATE_EDITED_ORDER = """
            UPDATE orders
               SET status = ?, payment_status = ?, updated_at = ?, fulfillment_status = ?, progress = ?,
                   total_minor = ?, tax_minor = ?, discount_minor = ?, ship_name = ?, ship_line1 = ?, ship_line2 = ?,
                   ship_city = ?, ship_region = ?, ship_postal_code = ?, ship_method_id = ?, ship_method_name = ?,
                   ship_carrier = ?, ship_amount_minor = ?, ship_discount_minor = ?, ship_tax_minor = ?,
                   ship_rate_id = ?, ship_rate_name = ?, ship_rate_percent = ?, version = version + 1
             WHERE id = ? AND version = ?""";

    private static final String DELETE_LINES = "DELETE FROM order_lines WHERE order_id = ?";

    private static final String FIND_BY_ID = """
            SELECT %s
              FROM orders o JOIN order_lines l ON l.order_id = o.id
             WHERE o.id = ?
             ORDER BY l.line_no""".formatted(OrderRows.COLUMNS);

    /** The order's row lock queues concurrent writers of its lines; its lines follow it. */
    private static final String LOCK_BY_ID = "SELECT id FROM orders WHERE id = ? FOR UPDATE";

    /** Locks the due orders; of two confirmation jobs each takes orders the other has not locked. */
    private static final String LOCK_DUE = """
            SELECT id FROM orders
             WHERE status = 'PENDING' AND cancellable_until <= ?
             ORDER BY cancellable_until, id
             LIMIT ?
               FOR UPDATE SKIP LOCKED""";

    private static final String FIND_LOCKED = """
            SELECT %s
              FROM orders o JOIN order_lines l ON l.order_id = o.id
             WHERE o.id = ANY(?)
             ORDER BY o.cancellable_until, o.id, l.line_no""".formatted(OrderRows.COLUMNS);

    private static final String STATUS_FILTER = " AND status = ANY(?)";

    private final Jdbc jdbc;

    JdbcOrderRepositoryAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Order order) {
        String lines = INSERT_LINES + rows(LINE_ROW, order.lines().size());
        List<PriceBreakdown.AppliedPromotion> promotions = order.price().promotions();
        String applied = promotions.isEmpty() ? null : INSERT_PROMOTIONS + rows(PROMOTION_ROW, promotions.size());
        if (jdbc.dialect() == SqlDialect.POSTGRESQL) {
            // the driver sends the statements of one text together, in one round trip: a placement holds its
            // products' rows until it commits, and other placements wait for them
            jdbc.update(INSERT_ORDER + ";\n" + lines + (applied == null ? "" : ";\n" + applied), statement -> {
                int next = bindLines(statement, bindOrder(statement, 1, order), order);
                if (applied != null) {
                    bindPromotions(statement, next, order);
                }
            });
        } else {
            jdbc.update(INSERT_ORDER, statement -> bindOrder(statement, 1, order));
            jdbc.update(lines, statement -> bindLines(statement, 1, order));
            if (applied != null) {
                jdbc.update(applied, statement -> bindPromotions(statement, 1, order));
            }
        }
    }

    private static String rows(String row, int count) {
        return String.join(", ", Collections.nCopies(count, row));
    }

    /** @return the index of the parameter after the lines' */
    private static int bindLines(PreparedStatement statement, int first, Order order) throws SQLException {
        List<PriceBreakdown.Line> prices = order.price().lines();
        int next = first;
        for (OrderLine line : order.lines()) {
            next = bindLine(statement, next, order.id(), line, prices.get(line.lineNo() - 1));
        }
        return next;
    }

    private static void bindPromotions(PreparedStatement statement, int first, Order order) throws SQLException {
        List<PriceBreakdown.AppliedPromotion> promotions = order.price().promotions();
        for (int i = 0; i < promotions.size(); i++) {
            PriceBreakdown.AppliedPromotion promotion = promotions.get(i);
            int at = first + 6 * i;
            statement.setObject(at, order.id().value());
            statement.setInt(at + 1, i);
            statement.setObject(at + 2, promotion.id().value());
            statement.setString(at + 3, promotion.name());
            statement.setString(at + 4, promotion.code());
            statement.setLong(at + 5, promotion.amount());
        }
    }

    /** @return the index of the parameter after the order's */
    private static int bindOrder(PreparedStatement statement, int first, Order order) throws SQLException {
        Address address = order.shippingAddress();
        statement.setObject(first, order.id().value());
        statement.setString(first + 1, order.number().value());
        statement.setObject(first + 2, order.customerId().value());
        statement.setString(first + 3, order.status().name());
        statement.setString(first + 4, order.paymentStatus().name());
        statement.setLong(first + 5, order.total().amountMinor());
        statement.setString(first + 6, order.total().currency());
        statement.setString(first + 7, address.name());
        statement.setString(first + 8, address.line1());
        statement.setString(first + 9, address.line2());
        statement.setString(first + 10, address.city());
        statement.setString(first + 11, address.region());
        statement.setString(first + 12, address.postalCode());
        statement.setString(first + 13, address.country());
        statement.setString(first + 14, order.notes());
        setInstant(statement, first + 15, order.placedAt());
        setInstant(statement, first + 16, order.cancellableUntil());
        setInstant(statement, first + 17, order.confirmedAt());
        setInstant(statement, first + 18, order.cancelledAt());
        statement.setString(first + 19, order.cancellationReason());
        setInstant(statement, first + 20, order.updatedAt());
        statement.setLong(first + 21, order.version());
        statement.setString(first + 22, order.fulfillmentStatus().name());
        statement.setInt(first + 23, order.progress());
        PriceBreakdown price = order.price();
        statement.setBoolean(first + 24, price.pricesIncludeTax());
        statement.setLong(first + 25, price.totals().tax());
        statement.setLong(first + 26, price.totals().discount());
        bindShipping(statement, first + 27, price.shipping());
        return first + 36;
    }

    /** @return the index of the parameter after the line's */
    private static int bindLine(PreparedStatement statement, int first, OrderId orderId, OrderLine line,
                                PriceBreakdown.Line price) throws SQLException {
        statement.setObject(first, orderId.value());
        statement.setInt(first + 1, line.lineNo());
        statement.setObject(first + 2, line.productId().value());
        statement.setString(first + 3, line.sku().value());
        statement.setString(first + 4, line.name());
        statement.setLong(first + 5, line.unitPrice().amountMinor());
        statement.setInt(first + 6, line.quantity());
        statement.setObject(first + 7, line.sellerId().value());
        statement.setInt(first + 8, line.shipped());
        statement.setInt(first + 9, line.delivered());
        statement.setInt(first + 10, line.cancelled());
        statement.setInt(first + 11, line.allocated());
        statement.setLong(first + 12, price.discount());
        statement.setLong(first + 13, price.tax());
        setUuid(statement, first + 14, price.rate().id() == null ? null : price.rate().id().value());
        statement.setString(first + 15, price.rate().name());
        statement.setBigDecimal(first + 16, price.rate().percent());
        return first + 17;
    }

    @Override
    public void update(Order order) {
        int updated = jdbc.update(UPDATE_ORDER, statement -> {
            statement.setString(1, order.status().name());
            statement.setString(2, order.paymentStatus().name());
            setInstant(statement, 3, order.confirmedAt());
            setInstant(statement, 4, order.cancelledAt());
            statement.setString(5, order.cancellationReason());
            setInstant(statement, 6, order.updatedAt());
            statement.setString(7, order.fulfillmentStatus().name());
            statement.setInt(8, order.progress());
            statement.setObject(9, order.id().value());
            statement.setLong(10, order.version());
        });
        if (updated == 0) {
            throw new ConcurrentModificationException("order", order.number());
        }
        // the version-checked row update above holds the order's row lock, so no other writer changes its lines
        jdbc.batch(UPDATE_LINE, order.lines(), (statement, line) -> {
            statement.setInt(1, line.shipped());
            statement.setInt(2, line.delivered());
            statement.setInt(3, line.cancelled());
            statement.setInt(4, line.allocated());
            statement.setObject(5, order.id().value());
            statement.setInt(6, line.lineNo());
        });
    }

    /**
     * The lines are written anew (deleted, then inserted as the order now holds them): an edit may add, remove
     * and re-price lines, and is rare enough that one delete and one batch cost nothing that matters.
     */
    @Override
    public void updateEdited(Order order) {
        int updated = jdbc.update(UPDATE_EDITED_ORDER, statement -> {
            statement.setString(1, order.status().name());
            statement.setString(2, order.paymentStatus().name());
            setInstant(statement, 3, order.updatedAt());
            statement.setString(4, order.fulfillmentStatus().name());
            statement.setInt(5, order.progress());
            PriceBreakdown price = order.price();
            statement.setLong(6, order.total().amountMinor());
            statement.setLong(7, price.totals().tax());
            statement.setLong(8, price.totals().discount());
            Address address = order.shippingAddress();
            statement.setString(9, address.name());
            statement.setString(10, address.line1());
            statement.setString(11, address.line2());
            statement.setString(12, address.city());
            statement.setString(13, address.region());
            statement.setString(14, address.postalCode());
            bindShipping(statement, 15, price.shipping());
            statement.setObject(24, order.id().value());
            statement.setLong(25, order.version());
        });
        if (updated == 0) {
            throw new ConcurrentModificationException("order", order.number());
        }
        jdbc.update(DELETE_LINES, statement -> statement.setObject(1, order.id().value()));
        List<PriceBreakdown.Line> prices = order.price().lines();
        List<OrderLine> lines = order.lines();
        jdbc.batch(INSERT_LINE, lines,
                (statement, line) -> bindLine(statement, 1, order.id(), line, prices.get(lines.indexOf(line))));
    }

    /** The shipping method's nine columns from {@code first} on, all null when the order has none. */
    private static void bindShipping(PreparedStatement statement, int first, PriceBreakdown.Shipping shipping)
            throws SQLException {
        setUuid(statement, first, shipping == null ? null : shipping.methodId().value());
        statement.setString(first + 1, shipping == null ? null : shipping.name());
        statement.setString(first + 2, shipping == null ? null : shipping.carrier());
        statement.setObject(first + 3, shipping == null ? null : shipping.amount(), Types.BIGINT);
        statement.setObject(first + 4, shipping == null ? null : shipping.discount(), Types.BIGINT);
        statement.setObject(first + 5, shipping == null ? null : shipping.tax(), Types.BIGINT);
        AppliedRate rate = shipping == null ? null : shipping.rate();
        setUuid(statement, first + 6, rate == null || rate.id() == null ? null : rate.id().value());
        statement.setString(first + 7, rate == null ? null : rate.name());
        statement.setBigDecimal(first + 8, rate == null ? null : rate.percent());
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        List<Order> found = OrderRows.read(jdbc, FIND_BY_ID, statement -> statement.setObject(1, id.value()));
        return found.stream().findFirst();
    }

    @Override
    public Optional<Order> lockById(OrderId id) {
        boolean exists = jdbc.one(LOCK_BY_ID, statement -> statement.setObject(1, id.value()), row -> true)
                .isPresent();
        return exists ? findById(id) : Optional.empty();
    }

    @Override
    public Page<Order> findByCustomer(UserId customerId, Set<OrderStatus> statuses, PageRequest page) {
        String statusFilter = statuses.isEmpty() ? "" : STATUS_FILTER;
        Jdbc.Binder filter = statement -> {
            statement.setObject(1, customerId.value());
            if (!statuses.isEmpty()) {
                statement.setArray(2, statement.getConnection().createArrayOf("varchar",
                        statuses.stream().map(OrderStatus::name).toArray()));
            }
        };
        long total = jdbc.one("SELECT COUNT(*) FROM orders WHERE customer_id = ?" + statusFilter, filter,
                row -> row.getLong(1)).orElse(0L);
        if (page.offset() >= total) {
            return Page.of(List.of(), page, total);
        }
        int limitIndex = statuses.isEmpty() ? 2 : 3;
        List<Order> orders = OrderRows.read(jdbc, pageOfCustomer(statusFilter),
                statement -> {
                    filter.bind(statement);
                    statement.setInt(limitIndex, page.size());
                    statement.setLong(limitIndex + 1, page.offset());
                });
        return Page.of(orders, page, total);
    }

    /** The page of orders in a derived table, joined with the lines of exactly those orders. */
    private static String pageOfCustomer(String statusFilter) {
        return """
                SELECT %s
                  FROM (SELECT * FROM orders
                         WHERE customer_id = ?%s
                         ORDER BY placed_at DESC, id DESC
                         LIMIT ? OFFSET ?) o
                  JOIN order_lines l ON l.order_id = o.id
                 ORDER BY o.placed_at DESC, o.id DESC, l.line_no""".formatted(OrderRows.COLUMNS, statusFilter);
    }

    @Override
    public List<Order> findDueForConfirmation(Instant now, int limit) {
        List<UUID> due = jdbc.list(LOCK_DUE, statement -> {
            setInstant(statement, 1, now);
            statement.setInt(2, limit);
        }, row -> row.getObject(1, UUID.class));
        if (due.isEmpty()) {
            return List.of();
        }
        return OrderRows.read(jdbc, FIND_LOCKED, statement -> setUuids(statement, 1, due.toArray(UUID[]::new)));
    }
}
