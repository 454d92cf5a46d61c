package dev.conveyor.adapter.cache.readcache;

import dev.conveyor.adapter.cache.readcache.CachedDocuments;
import dev.conveyor.application.shared.port.out.CacheSpace;
import dev.conveyor.application.shared.port.out.CataloguePage;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderItem;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import dev.conveyor.testsupport.ListPrices;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Aggregates as the core caches them. */
final class CacheFixtures {

    static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123456Z");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private CacheFixtures() {
    }

    static Order order() {
        UserId seller = UserId.newId();
        List<OrderItem> items = List.of(
                new OrderItem(ProductId.newId(), new Sku("MUG-1"), "Blue mug", Money.of(1299, "EUR"), seller, 2),
                new OrderItem(ProductId.newId(), new Sku("TEA-9"), "Green tea", Money.of(450, "EUR"), seller, 1));
        return Order.place(OrderId.newId(), SEQUENCE.incrementAndGet(), UserId.newId(), items, ListPrices.of(items),
                new Address("Ada Lovelace", "1 Analytical Street", null, "London", null, "N1 9GU", "GB"),
                "ring twice", NOW, Duration.ofSeconds(60));
    }

    static Product product(String name) {
        return Product.create(new Sku("SKU-" + SEQUENCE.incrementAndGet()),
                new ProductDetails(name, "a product", "tests", null), Money.of(1999, "EUR"), UserId.newId(), 25, 3,
                NOW);
    }

    static CataloguePage page(Product... products) {
        return new CataloguePage(List.of(products).stream().map(Product::id).toList(), 40);
    }

    /** Two values are the same when the cache would store the same document for them. */
    static Object document(CacheSpace<?> space, Object value) {
        return CachedDocuments.toDocument(space, value);
    }
}
