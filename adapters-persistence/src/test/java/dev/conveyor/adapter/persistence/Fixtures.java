package dev.conveyor.adapter.persistence;

import dev.conveyor.application.catalog.port.out.CategoryPort;
import dev.conveyor.application.ordering.port.out.OrderNumberPort;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.domain.catalog.Category;
import dev.conveyor.domain.catalog.CategoryId;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderItem;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Email;
import dev.conveyor.domain.user.Profile;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import dev.conveyor.testsupport.ListPrices;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Stores the users, products and orders a test needs, through the adapters under test. */
@Singleton
public final class Fixtures {

    /** Microsecond precision: what both databases keep of an instant. */
    public static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123456Z");
    public static final Duration WINDOW = Duration.ofSeconds(60);
    public static final Address ADDRESS = Address.of("shippingAddress", "Ada Lovelace", "1 Engine Street", null,
            "London", null, "N1 7AA", "GB");

    private final UserRepositoryPort users;
    private final CategoryPort categories;
    private final ProductRepositoryPort products;
    private final OrderRepositoryPort orders;
    private final OrderNumberPort numbers;

    Fixtures(UserRepositoryPort users, CategoryPort categories, ProductRepositoryPort products,
             OrderRepositoryPort orders, OrderNumberPort numbers) {
        this.users = users;
        this.categories = categories;
        this.products = products;
        this.orders = orders;
        this.numbers = numbers;
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    public User user(Role role) {
        return user(role, unique("user-") + "@example.com", NOW);
    }

    public User user(Role role, String email, Instant createdAt) {
        User user = User.rehydrate(UserId.newId(), new Email(email), "$argon2id$hash", role, Profile.EMPTY, createdAt,
                createdAt, null, 0);
        if (!users.insert(user)) {
            throw new IllegalStateException("e-mail taken: " + email);
        }
        return user;
    }

    public Product product(User seller, int stock) {
        return product(seller, unique("SKU-"), "Widget", "tools", 1999, stock);
    }

    public Product product(User seller, String sku, String name, String category, long priceMinor, int stock) {
        return product(seller, sku, name, category, priceMinor, stock, NOW);
    }

    public Product product(User seller, String sku, String name, String category, long priceMinor, int stock,
                           Instant createdAt) {
        category(category);
        Product product = Product.create(new Sku(sku), new ProductDetails(name, "A fine " + name, category, null),
                Money.of(priceMinor, "EUR"), seller.id(), stock, 5, createdAt);
        if (!products.insert(product)) {
            throw new IllegalStateException("SKU taken: " + sku);
        }
        return product;
    }

    /** The managed category of this name, stored first if there is none: products are linked to one. */
    public Category category(String name) {
        return categories.findByName(name).filter(found -> found.name().equals(name)).orElseGet(() -> {
            Category category = new Category(CategoryId.newId(), name, Fixtures.unique(Category.slugOf(name) + "-"),
                    null);
            categories.insert(category);
            return category;
        });
    }

    /** A pending order of one unit of each product (no stock is reserved: that is the stock port's job). */
    public Order order(User customer, Instant placedAt, Product... lines) {
        List<OrderItem> items = Arrays.stream(lines)
                .map(p -> new OrderItem(p.id(), p.sku(), p.details().name(), p.price(), p.sellerId(), 1))
                .toList();
        Order order = Order.place(OrderId.newId(), numbers.nextOrderSequence(), customer.id(), items, ListPrices.of(items), ADDRESS,
                "leave at the door", placedAt, WINDOW);
        orders.insert(order);
        return order;
    }
}
