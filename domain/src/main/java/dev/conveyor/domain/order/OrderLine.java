package dev.conveyor.domain.order;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.util.Objects;

/**
 * One product line of an order. {@code allocated} counts units put into
 * deliveries that have not left yet, {@code shipped} every unit that left the
 * warehouse (delivered ones included), {@code delivered} those that arrived;
 * {@code cancelled} units were given back to stock.
 */
public record OrderLine(int lineNo, ProductId productId, Sku sku, String name, Money unitPrice, int quantity,
                        UserId sellerId, int shipped, int delivered, int cancelled, int allocated) {

    public OrderLine {
        Objects.requireNonNull(productId);
        Objects.requireNonNull(sku);
        Objects.requireNonNull(name);
        Objects.requireNonNull(unitPrice);
        Objects.requireNonNull(sellerId);
        if (quantity < 1 || shipped < 0 || delivered < 0 || cancelled < 0 || allocated < 0 || delivered > shipped
                || (long) shipped + cancelled + allocated > quantity) {
            throw new IllegalArgumentException("inconsistent line " + lineNo + ": quantity=" + quantity
                    + ", shipped=" + shipped + ", delivered=" + delivered + ", cancelled=" + cancelled
                    + ", allocated=" + allocated);
        }
    }

    /** A line none of whose units is in a delivery that has not shipped yet. */
    public OrderLine(int lineNo, ProductId productId, Sku sku, String name, Money unitPrice, int quantity,
                     UserId sellerId, int shipped, int delivered, int cancelled) {
        this(lineNo, productId, sku, name, unitPrice, quantity, sellerId, shipped, delivered, cancelled, 0);
    }

    static OrderLine of(int lineNo, OrderItem item) {
        return new OrderLine(lineNo, item.productId(), item.sku(), item.name(), item.unitPrice(), item.quantity(),
                item.sellerId(), 0, 0, 0, 0);
    }

    /** Units still held by this order's reservation: neither shipped nor cancelled. */
    public int reserved() {
        return quantity - shipped - cancelled;
    }

    /** Units the order still expects: ordered minus cancelled. */
    public int active() {
        return quantity - cancelled;
    }

    /** Units no delivery holds yet: ordered minus cancelled, shipped and allocated to pending deliveries. */
    public int remaining() {
        return quantity - cancelled - shipped - allocated;
    }

    public Money total() {
        return unitPrice.times(quantity);
    }

    OrderLine cancelReserved() {
        return new OrderLine(lineNo, productId, sku, name, unitPrice, quantity, sellerId, shipped, delivered,
                cancelled + reserved(), 0);
    }

    /** Some of the units no delivery holds yet are given back: the order no longer expects them. */
    OrderLine cancelRemaining(int units) {
        return new OrderLine(lineNo, productId, sku, name, unitPrice, quantity, sellerId, shipped, delivered,
                cancelled + units, allocated);
    }

    /** The line ordering another number of units (an edit); what it shipped, allocated and cancelled stays. */
    OrderLine withQuantity(int units) {
        return new OrderLine(lineNo, productId, sku, name, unitPrice, units, sellerId, shipped, delivered,
                cancelled, allocated);
    }

    OrderLine withFulfilment(int newShipped, int newDelivered, int newAllocated) {
        return new OrderLine(lineNo, productId, sku, name, unitPrice, quantity, sellerId, newShipped, newDelivered,
                cancelled, newAllocated);
    }
}
