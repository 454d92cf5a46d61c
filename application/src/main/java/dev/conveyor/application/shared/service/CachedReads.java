package dev.conveyor.application.shared.service;

import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.CachePort.Lookup;
import dev.conveyor.application.shared.port.out.CachePort;
import dev.conveyor.application.shared.port.out.CacheSpace;
import dev.conveyor.application.shared.port.out.CataloguePage;
import dev.conveyor.application.shared.port.out.OrderBalance;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.ProductSearch;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Read-through access to what {@link CachePort} holds: look up, load what
 * missed from the repository, fill it in. For reads only; a use case that
 * changes an aggregate loads it from its repository.
 */
public final class CachedReads {

    private final CachePort cache;
    private final OrderRepositoryPort orders;
    private final ProductRepositoryPort products;

    public CachedReads(CachePort cache, OrderRepositoryPort orders, ProductRepositoryPort products) {
        this.cache = cache;
        this.orders = orders;
        this.products = products;
    }

    public Optional<Order> order(OrderId id) {
        String key = id.value().toString();
        Lookup<Order> lookup = cache.lookup(CacheSpace.ORDERS, List.of(key));
        Order cached = lookup.hits().get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Order> loaded = orders.findById(id);
        loaded.ifPresent(order -> cache.fill(lookup, Map.of(key, order)));
        return loaded;
    }

    /**
     * The order and its balance as cached for this version of it, as far as the cache can tell without blocking
     * the caller; the stage completes on {@code continueOn} (see {@link CachePort#peek}).
     */
    public CompletionStage<Optional<HeldOrder>> orderWithoutBlocking(OrderId id, Executor continueOn) {
        return cache.peek(CacheSpace.ORDERS, CacheSpace.ORDER_BALANCES, id.value().toString(), continueOn)
                .thenApply(peek -> peek.value().map(order -> new HeldOrder(order, peek.companion()
                        .filter(cached -> cached.orderVersion() == order.version())
                        .map(OrderBalance::balance))));
    }

    /**
     * The balance of {@code order} as cached next to it, else {@code load}ed (a ledger query) and filled in. A
     * balance cached for another version of the order counts as a miss.
     */
    public Money balance(Order order, Function<Order, Money> load) {
        String key = order.id().value().toString();
        Lookup<OrderBalance> lookup = cache.lookup(CacheSpace.ORDER_BALANCES, List.of(key));
        OrderBalance cached = lookup.hits().get(key);
        if (cached != null && cached.orderVersion() == order.version()) {
            return cached.balance();
        }
        Money loaded = load.apply(order);
        cache.fill(lookup, Map.of(key, new OrderBalance(order.version(), loaded)));
        return loaded;
    }

    /** The products that exist among {@code ids}, by id. */
    public Map<ProductId, Product> products(Set<ProductId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<String> keys = ids.stream().map(id -> id.value().toString()).toList();
        Lookup<Product> lookup = cache.lookup(CacheSpace.PRODUCTS, keys);
        Map<ProductId, Product> found = new HashMap<>();
        lookup.hits().values().forEach(product -> found.put(product.id(), product));
        List<ProductId> missed = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (!missed.isEmpty()) {
            Map<String, Product> loaded = new HashMap<>();
            for (Product product : products.findAllById(missed)) {
                found.put(product.id(), product);
                loaded.put(product.id().value().toString(), product);
            }
            cache.fill(lookup, loaded);
        }
        return found;
    }

    /**
     * A page of the public catalogue ({@code search} of active products). The page is cached as
     * the ids on it and the products one by one, so a change of stock drops one
     * product, not pages. A missed page does not fill in its products: a lookup
     * of them after the search could not tell whether they changed in between;
     * the next read of the page fills them.
     */
    public Page<Product> cataloguePage(ProductSearch search, PageRequest page) {
        String key = catalogueKey(search, page);
        Lookup<CataloguePage> lookup = cache.lookup(CacheSpace.CATALOGUE, List.of(key));
        CataloguePage cached = lookup.hits().get(key);
        if (cached == null) {
            Page<Product> loaded = products.search(search, page);
            cache.fill(lookup, Map.of(key, new CataloguePage(
                    loaded.items().stream().map(Product::id).toList(), loaded.total())));
            return loaded;
        }
        Map<ProductId, Product> byId = products(new LinkedHashSet<>(cached.productIds()));
        List<Product> items = new ArrayList<>();
        for (ProductId id : cached.productIds()) {
            Product product = byId.get(id);
            // a product deactivated while this page was being read: its change drops the page right after
            if (product != null && product.isActive()) {
                items.add(product);
            }
        }
        return Page.of(items, page, cached.total());
    }

    /** One value kept under {@code key}, loaded from the database when the cache misses it. */
    public <T> T value(CacheSpace<T> space, String key, Supplier<T> load) {
        Lookup<T> lookup = cache.lookup(space, List.of(key));
        T cached = lookup.hits().get(key);
        if (cached != null) {
            return cached;
        }
        T loaded = load.get();
        cache.fill(lookup, Map.of(key, loaded));
        return loaded;
    }

    /** Every part length-prefixed, so that no two different queries share a key. */
    private static String catalogueKey(ProductSearch search, PageRequest page) {
        StringBuilder key = new StringBuilder();
        for (String part : new String[] {search.text(), search.category(), String.valueOf(search.sort()),
                String.valueOf(search.direction()), Integer.toString(page.page()), Integer.toString(page.size())}) {
            key.append(part == null ? "-" : part.length() + ":" + part).append(';');
        }
        return key.toString();
    }

    /** An order found in the cache, with the balance cached for its version if there was one. */
    public record HeldOrder(Order order, Optional<Money> balance) {
    }
}
