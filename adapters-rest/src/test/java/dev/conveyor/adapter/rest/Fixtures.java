package dev.conveyor.adapter.rest;

import dev.conveyor.application.shared.OrderView;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.catalog.StockAdjustment;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderItem;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Email;
import dev.conveyor.domain.user.Profile;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import dev.conveyor.testsupport.ListPrices;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Domain objects as the core would hand them to the web layer. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    public static final UserId SELLER = new UserId(UUID.fromString("00000000-0000-7000-8000-000000000001"));

    private Fixtures() {
    }

    public static User user(UserId id, Role role) {
        return User.rehydrate(id, new Email("ann@example.com"), "$argon2id$secret-hash", role,
                new Profile("Ann", "+33 1 23 45", address()), NOW, NOW, null, 3);
    }

    public static Address address() {
        return Address.of("address", "Ann", "1 Main St", null, "Lyon", null, "69001", "FR");
    }

    public static Product product(ProductId id) {
        return Product.rehydrate(id, new Sku("MUG-1"), new ProductDetails("Mug", "A mug", "kitchen",
                        "https://img.example.com/mug.png"), Money.of(1299, "EUR"), true, SELLER, new Stock(10, 4), 3,
                NOW, NOW, 7);
    }

    public static StockAdjustment adjustment(ProductId productId, UserId actor) {
        return new StockAdjustment(UUID.fromString("00000000-0000-7000-8000-0000000000aa"), productId,
                StockAdjustment.Kind.RESTOCK, 5, 10, 15, "delivery", actor, NOW);
    }

    /** A freshly placed order of the given lines (each one unit of a product priced 12.99 EUR). */
    public static OrderView order(UserId customer, List<ProductId> products, int quantity) {
        List<OrderItem> items = products.stream()
                .map(id -> new OrderItem(id, new Sku("MUG-1"), "Mug", Money.of(1299, "EUR"), SELLER, quantity))
                .toList();
        Order order = Order.place(OrderId.newId(), 42, customer, items, ListPrices.of(items), address(), "leave at the door", NOW,
                Duration.ofSeconds(60));
        return OrderView.full(order, EnumSet.of(OrderStatus.CANCELLED), order.amountDue());
    }
}
