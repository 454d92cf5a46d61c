package dev.conveyor.application.shared.port.out;

import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.order.Order;
import java.util.List;
import java.util.Objects;

/**
 * A kind of cached value. Entries of most spaces are invalidated one by one;
 * those of a space {@linkplain #invalidatedAsAWhole() invalidated as a whole}
 * (pages of a list, which any change of a member may reshuffle) only all at
 * once. Adapters store each space's values in their own format and with their
 * own time to live.
 */
public final class CacheSpace<T> {

    /** Orders by id, as stored: every reader's view is derived from the order. */
    public static final CacheSpace<Order> ORDERS = new CacheSpace<>("orders", Order.class, false);
    /**
     * The balance of a paid or refunded order by the order's id, next to {@link #ORDERS}: without it a cached
     * read of a paid order would still query the ledger. Invalidated with the order's entry (every payment
     * event names its order).
     */
    public static final CacheSpace<OrderBalance> ORDER_BALANCES = new CacheSpace<>("order-balances",
            OrderBalance.class, false);
    /** Products by id, stock included. */
    public static final CacheSpace<Product> PRODUCTS = new CacheSpace<>("products", Product.class, false);
    /** Pages of the public catalogue by query: which products, in which order. */
    public static final CacheSpace<CataloguePage> CATALOGUE = new CacheSpace<>("catalogue", CataloguePage.class,
            true);
    /** The back office's dashboard, keyed by the hour it was asked in. */
    public static final CacheSpace<DashboardStats> DASHBOARD = new CacheSpace<>("dashboard", DashboardStats.class,
            true);
    /** The summary of the deliveries created on a day, keyed by the day. */
    public static final CacheSpace<DeliveriesSummary> DELIVERIES_TODAY = new CacheSpace<>("deliveries-today",
            DeliveriesSummary.class, true);

    private final String name;
    private final Class<T> type;
    private final boolean invalidatedAsAWhole;

    private CacheSpace(String name, Class<T> type, boolean invalidatedAsAWhole) {
        this.name = name;
        this.type = type;
        this.invalidatedAsAWhole = invalidatedAsAWhole;
    }

    public static List<CacheSpace<?>> all() {
        return List.of(ORDERS, ORDER_BALANCES, PRODUCTS, CATALOGUE, DASHBOARD, DELIVERIES_TODAY);
    }

    /** Stable and unique; adapters use it in keys and settings. */
    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    public boolean invalidatedAsAWhole() {
        return invalidatedAsAWhole;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CacheSpace<?> space && space.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }
}
