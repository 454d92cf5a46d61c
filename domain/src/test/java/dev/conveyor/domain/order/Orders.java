package dev.conveyor.domain.order;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.pricing.ListPriced;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Builds orders for tests: placed through the factory, or reloaded in any state. */
final class Orders {

    static final Instant PLACED_AT = Instant.parse("2026-03-14T10:15:30Z");
    static final Duration WINDOW = Duration.ofSeconds(60);
    static final Instant DEADLINE = PLACED_AT.plus(WINDOW);
    static final long SEQUENCE = 42;
    static final String CURRENCY = "EUR";
    static final UserId CUSTOMER = new UserId(UUID.fromString("00000000-0000-7000-8000-00000000c001"));
    static final UserId OTHER_CUSTOMER = new UserId(UUID.fromString("00000000-0000-7000-8000-00000000c002"));
    static final UserId STAFF = new UserId(UUID.fromString("00000000-0000-7000-8000-00000000a001"));
    static final UserId SELLER = new UserId(UUID.fromString("00000000-0000-7000-8000-00000000b001"));
    static final UserId OTHER_SELLER = new UserId(UUID.fromString("00000000-0000-7000-8000-00000000b002"));

    private Orders() {
    }

    /** Product ids sort by {@code n}, like the ids the domain makes sort by creation time. */
    static ProductId product(int n) {
        return new ProductId(new UUID(0x0000_0000_0000_7000L, 0x8000_0000_0000_0000L | n));
    }

    static Address address() {
        return Address.of("shippingAddress", "Ada Lovelace", "12 Analytical Way", null, "London", null, "N1 9GU",
                "gb");
    }

    static OrderItem item(int product, long unitPriceMinor, int quantity) {
        return item(product, Money.of(unitPriceMinor, CURRENCY), quantity, SELLER);
    }

    static OrderItem item(int product, Money unitPrice, int quantity, UserId seller) {
        return new OrderItem(product(product), new Sku("SKU-" + product), "Product " + product, unitPrice, seller,
                quantity);
    }

    static Order place(OrderItem... items) {
        return place(Arrays.asList(items));
    }

    static Order place(List<OrderItem> items) {
        return Order.place(OrderId.newId(), SEQUENCE, CUSTOMER, items, priceOf(items), address(),
                "leave it at the door", PLACED_AT, WINDOW);
    }

    /** Items the order refuses (none, or a quantity below one) cannot be priced: any price will do for them. */
    private static PriceBreakdown priceOf(List<OrderItem> items) {
        boolean refused = items.isEmpty() || items.stream().anyMatch(item -> item.quantity() < 1);
        return ListPriced.of(refused ? List.of(item(1, 100, 1)) : items);
    }

    /** A line of product {@code lineNo} at 1.00 EUR per unit. */
    static OrderLine line(int lineNo, int quantity, int shipped, int delivered, int cancelled) {
        return new OrderLine(lineNo, product(lineNo), new Sku("SKU-" + lineNo), "Product " + lineNo,
                Money.of(100, CURRENCY), quantity, SELLER, shipped, delivered, cancelled);
    }

    static OrderLine openLine(int lineNo, int quantity) {
        return line(lineNo, quantity, 0, 0, 0);
    }

    /** An order as storage would hand it back, in any status, with the window closed long ago. */
    static Order rehydrate(OrderStatus status, OrderLine... lines) {
        PriceBreakdown price = ListPriced.of(Arrays.stream(lines).map(line -> new OrderItem(line.productId(),
                line.sku(), line.name(), line.unitPrice(), line.sellerId(), line.quantity())).toList());
        Instant confirmedAt = status == OrderStatus.PENDING ? null : DEADLINE;
        Instant cancelledAt = status == OrderStatus.CANCELLED ? DEADLINE : null;
        return Order.rehydrate(OrderId.newId(), OrderNumber.of(2026, SEQUENCE), CUSTOMER, List.of(lines), address(),
                null, price, status, PaymentStatus.UNPAID, PLACED_AT, DEADLINE, confirmedAt, cancelledAt, null,
                DEADLINE, 3);
    }
}
