package dev.conveyor.adapter.inmemory;

import dev.conveyor.adapter.inmemory.catalog.InMemoryProductRepositoryAdapter;
import dev.conveyor.adapter.inmemory.catalog.InMemoryStockAdapter;
import dev.conveyor.adapter.inmemory.catalog.InMemoryStockAdjustmentLogAdapter;
import dev.conveyor.adapter.inmemory.catalog.ProductTable;
import dev.conveyor.adapter.inmemory.event.InMemoryEventLogAdapter;
import dev.conveyor.adapter.inmemory.idempotency.InMemoryIdempotencyAdapter;
import dev.conveyor.adapter.inmemory.order.InMemoryOrderNumberAdapter;
import dev.conveyor.adapter.inmemory.order.InMemoryOrderRepositoryAdapter;
import dev.conveyor.adapter.inmemory.pricing.InMemoryProductPricingAdapter;
import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.adapter.inmemory.user.InMemoryRefreshTokenAdapter;
import dev.conveyor.adapter.inmemory.user.InMemoryUserRepositoryAdapter;
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
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import dev.conveyor.testsupport.ListPrices;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Small builders for the aggregates the adapter tests store. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    public static final Address ADDRESS = Address.of("shippingAddress", "Ada Lovelace", "1 Main St", null, "London",
            null, "N1 1AA", "GB");

    private Fixtures() {
    }

    /** The adapters of one store, wired as the Micronaut context wires them. */
    public record Adapters(MemoryStore store, InMemoryTransactionAdapter transactions,
                           InMemoryUserRepositoryAdapter users, InMemoryRefreshTokenAdapter refreshTokens, InMemoryProductRepositoryAdapter products,
                           InMemoryStockAdapter stock, InMemoryStockAdjustmentLogAdapter adjustments,
                           InMemoryOrderRepositoryAdapter orders, InMemoryOrderNumberAdapter orderNumbers,
                           InMemoryIdempotencyAdapter idempotency, InMemoryEventLogAdapter eventLog) {

        public static Adapters create() {
            MemoryStore store = new MemoryStore();
            ProductTable products = new ProductTable(store);
            return new Adapters(store, new InMemoryTransactionAdapter(store), new InMemoryUserRepositoryAdapter(store),
                    new InMemoryRefreshTokenAdapter(store), new InMemoryProductRepositoryAdapter(store, products),
                    new InMemoryStockAdapter(store, products, new InMemoryProductPricingAdapter(store, products)),
                    new InMemoryStockAdjustmentLogAdapter(store),
                    new InMemoryOrderRepositoryAdapter(store), new InMemoryOrderNumberAdapter(),
                    new InMemoryIdempotencyAdapter(store), new InMemoryEventLogAdapter(store));
        }
    }

    public static User user(String email, String name, Instant createdAt) {
        return User.signUp(new Email(email), "hash", new Profile(name, null, null), createdAt);
    }

    public static Product product(String sku, String name, String category, long price, UserId seller, int stock,
                                  Instant createdAt) {
        return Product.create(new Sku(sku), new ProductDetails(name, null, category, null), Money.of(price, "EUR"),
                seller, stock, 2, createdAt);
    }

    public static Product product(String sku, int stock) {
        return product(sku, "Product " + sku, "misc", 1000, UserId.newId(), stock, T0);
    }

    public static Order order(UserId customer, long sequence, Product product, int quantity, Instant placedAt,
                              Duration window) {
        OrderItem item = new OrderItem(product.id(), product.sku(), product.details().name(), product.price(),
                product.sellerId(), quantity);
        return Order.place(OrderId.newId(), sequence, customer, List.of(item), ListPrices.of(List.of(item)), ADDRESS, null, placedAt, window);
    }
}
