package dev.conveyor.adapter.persistence.order;

import static dev.conveyor.adapter.persistence.support.Columns.instant;
import static dev.conveyor.adapter.persistence.support.Columns.setUuids;
import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderNumber;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.pricing.AppliedRate;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.pricing.PromotionId;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.pricing.TaxRateId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rebuilds orders from rows of {@code orders} joined with their
 * {@code order_lines}: one row per line, the rows of one order adjacent and in
 * line order, so a whole page of orders comes from a single query (and one
 * more for the promotions of those orders that have a discount).
 */
final class OrderRows {

    static final String COLUMNS = """
            o.id, o.number, o.customer_id, o.status, o.payment_status, o.total_minor, o.currency, o.ship_name,
            o.ship_line1, o.ship_line2, o.ship_city, o.ship_region, o.ship_postal_code, o.ship_country, o.notes,
            o.placed_at, o.cancellable_until, o.confirmed_at, o.cancelled_at, o.cancellation_reason, o.updated_at,
            o.version, o.prices_include_tax, o.discount_minor, o.ship_method_id, o.ship_method_name, o.ship_carrier,
            o.ship_amount_minor, o.ship_discount_minor, o.ship_tax_minor, o.ship_rate_id, o.ship_rate_name,
            o.ship_rate_percent, l.line_no, l.product_id, l.sku, l.name, l.unit_price_minor, l.quantity,
            l.seller_id, l.shipped, l.delivered, l.cancelled, l.allocated, l.discount_minor AS line_discount_minor,
            l.tax_minor AS line_tax_minor, l.tax_rate_id, l.tax_rate_name, l.tax_rate_percent""";

    private static final String PROMOTIONS = """
            SELECT order_id, promotion_id, name, code, amount_minor FROM order_promotions
             WHERE order_id = ANY(?) ORDER BY order_id, position""";

    private OrderRows() {
    }

    static List<Order> read(Jdbc jdbc, String sql, Jdbc.Binder binder) {
        return read(jdbc, sql, binder, row -> { });
    }

    /** @param extra reads, from the first row of each order, the columns a query adds to the order's own */
    static List<Order> read(Jdbc jdbc, String sql, Jdbc.Binder binder, ExtraColumns extra) {
        List<Rows> found = jdbc.read(sql, binder, rows -> rows(rows, extra));
        UUID[] discounted = found.stream().filter(r -> r.head().discounted()).map(r -> r.head().id())
                .toArray(UUID[]::new);
        Map<UUID, List<PriceBreakdown.AppliedPromotion>> promotions = new HashMap<>();
        if (discounted.length > 0) {
            jdbc.list(PROMOTIONS, statement -> setUuids(statement, 1, discounted), row -> Map.entry(
                    uuid(row, "order_id"), new PriceBreakdown.AppliedPromotion(
                            new PromotionId(uuid(row, "promotion_id")), row.getString("name"), row.getString("code"),
                            row.getLong("amount_minor"))))
                    .forEach(applied -> promotions.computeIfAbsent(applied.getKey(), id -> new ArrayList<>())
                            .add(applied.getValue()));
        }
        return found.stream()
                .map(r -> r.head().toOrder(r.lines(), r.prices(), promotions.getOrDefault(r.head().id(), List.of())))
                .toList();
    }

    @FunctionalInterface
    interface ExtraColumns {
        void read(ResultSet row) throws SQLException;
    }

    private static List<Rows> rows(ResultSet rows, ExtraColumns extra) throws SQLException {
        List<Rows> orders = new ArrayList<>();
        Rows current = null;
        while (rows.next()) {
            UUID id = uuid(rows, "id");
            if (current == null || !current.head().id().equals(id)) {
                current = new Rows(Head.read(rows), new ArrayList<>(), new ArrayList<>());
                extra.read(rows);
                orders.add(current);
            }
            current.lines().add(line(rows, current.head().currency()));
            current.prices().add(linePrice(rows, current.head().pricesIncludeTax()));
        }
        return orders;
    }

    private static OrderLine line(ResultSet row, String currency) throws SQLException {
        return new OrderLine(row.getInt("line_no"), new ProductId(uuid(row, "product_id")),
                new Sku(row.getString("sku")), row.getString("name"),
                Money.of(row.getLong("unit_price_minor"), currency), row.getInt("quantity"),
                new UserId(uuid(row, "seller_id")), row.getInt("shipped"), row.getInt("delivered"),
                row.getInt("cancelled"), row.getInt("allocated"));
    }

    private static PriceBreakdown.Line linePrice(ResultSet row, boolean pricesIncludeTax) throws SQLException {
        return PriceBreakdown.Line.of(new ProductId(uuid(row, "product_id")), row.getInt("quantity"),
                row.getLong("unit_price_minor"), row.getLong("line_discount_minor"), row.getLong("line_tax_minor"),
                rate(row, "tax_rate_id", "tax_rate_name", "tax_rate_percent"), pricesIncludeTax);
    }

    private static AppliedRate rate(ResultSet row, String id, String name, String percent) throws SQLException {
        UUID rateId = uuid(row, id);
        return new AppliedRate(rateId == null ? null : new TaxRateId(rateId), row.getString(name),
                row.getBigDecimal(percent));
    }

    /** The orders row's columns and the lines read with it, before the promotions are known. */
    private record Rows(Head head, List<OrderLine> lines, List<PriceBreakdown.Line> prices) {
    }

    /** The order's own columns, read once from the first row of the order. */
    private record Head(UUID id, String number, UUID customerId, OrderStatus status, PaymentStatus paymentStatus,
                        String currency, boolean pricesIncludeTax, boolean discounted,
                        PriceBreakdown.Shipping shipping, Address shippingAddress, String notes, Instant placedAt,
                        Instant cancellableUntil, Instant confirmedAt, Instant cancelledAt,
                        String cancellationReason, Instant updatedAt, long version) {

        static Head read(ResultSet row) throws SQLException {
            boolean pricesIncludeTax = row.getBoolean("prices_include_tax");
            return new Head(uuid(row, "id"), row.getString("number"), uuid(row, "customer_id"),
                    OrderStatus.valueOf(row.getString("status")),
                    PaymentStatus.valueOf(row.getString("payment_status")), row.getString("currency"),
                    pricesIncludeTax, row.getLong("discount_minor") > 0, shipping(row, pricesIncludeTax),
                    new Address(row.getString("ship_name"), row.getString("ship_line1"), row.getString("ship_line2"),
                            row.getString("ship_city"), row.getString("ship_region"),
                            row.getString("ship_postal_code"), row.getString("ship_country")),
                    row.getString("notes"), instant(row, "placed_at"), instant(row, "cancellable_until"),
                    instant(row, "confirmed_at"), instant(row, "cancelled_at"), row.getString("cancellation_reason"),
                    instant(row, "updated_at"), row.getLong("version"));
        }

        private static PriceBreakdown.Shipping shipping(ResultSet row, boolean pricesIncludeTax)
                throws SQLException {
            UUID method = uuid(row, "ship_method_id");
            if (method == null) {
                return null;
            }
            return PriceBreakdown.Shipping.of(new ShippingMethodId(method), row.getString("ship_method_name"),
                    row.getString("ship_carrier"), row.getLong("ship_amount_minor"),
                    row.getLong("ship_discount_minor"), row.getLong("ship_tax_minor"),
                    rate(row, "ship_rate_id", "ship_rate_name", "ship_rate_percent"), pricesIncludeTax);
        }

        Order toOrder(List<OrderLine> lines, List<PriceBreakdown.Line> prices,
                      List<PriceBreakdown.AppliedPromotion> promotions) {
            PriceBreakdown price = PriceBreakdown.of(currency, pricesIncludeTax, prices, shipping, promotions);
            return Order.rehydrate(new OrderId(id), new OrderNumber(number), new UserId(customerId), lines,
                    shippingAddress, notes, price, status, paymentStatus, placedAt, cancellableUntil, confirmedAt,
                    cancelledAt, cancellationReason, updatedAt, version);
        }
    }
}
