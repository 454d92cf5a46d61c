package dev.conveyor.adapter.inmemory.catalog;

import dev.conveyor.adapter.inmemory.catalog.ProductTable.ProductRow;
import dev.conveyor.adapter.inmemory.pricing.InMemoryProductPricingAdapter;
import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.catalog.StockLevel;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Stock changes on the products table. The store lock makes every call atomic
 * and keeps a transaction's reads valid until it ends, which is what the SQL
 * adapter gets from its conditional updates and row locks.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryStockAdapter implements StockPort {

    private final MemoryStore store;
    private final ProductTable table;
    private final InMemoryProductPricingAdapter pricing;

    public InMemoryStockAdapter(MemoryStore store, ProductTable table, InMemoryProductPricingAdapter pricing) {
        this.store = store;
        this.table = table;
        this.pricing = pricing;
    }

    @Override
    public Reservation reserve(ProductId productId, int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity to reserve must be positive: " + quantity);
        }
        return store.atomically(() -> {
            ProductRow row = table.get(productId);
            if (row == null) {
                return new Refused(productId, Reason.NOT_FOUND, 0);
            }
            if (!row.active()) {
                return new Refused(productId, Reason.INACTIVE, row.stock().available());
            }
            if (!row.stock().canReserve(quantity)) {
                return new Refused(productId, Reason.INSUFFICIENT_STOCK, row.stock().available());
            }
            ProductRow after = row.withStock(row.stock().reserve(quantity));
            table.replace(after);
            return new Reserved(productId, row.sku(), row.details().name(), row.details().category(), row.price(),
                    row.sellerId(), pricing.attributesOf(productId), after.level());
        });
    }

    @Override
    public StockLevel release(ProductId productId, int quantity) {
        return change(productId, stock -> stock.release(quantity));
    }

    @Override
    public Optional<StockLevel> lockForAdjustment(ProductId productId) {
        return store.atomically(() -> Optional.ofNullable(table.get(productId)).map(ProductRow::level));
    }

    @Override
    public StockLevel setOnHand(ProductId productId, int onHand) {
        return change(productId, stock -> stock.withOnHand(onHand));
    }

    @Override
    public StockLevel ship(ProductId productId, int quantity) {
        return change(productId, stock -> {
            if (stock.reserved() < quantity) {
                throw new IllegalStateException("product " + productId + " has fewer than " + quantity
                        + " reserved units to ship");
            }
            return stock.ship(quantity);
        });
    }

    @Override
    public StockLevel returnShipped(ProductId productId, int quantity) {
        return change(productId, stock -> new Stock(stock.onHand() + quantity, stock.reserved() + quantity));
    }

    /** Stock rejects a change that would break its invariant, as the SQL table's CHECK constraint does. */
    private StockLevel change(ProductId productId, UnaryOperator<Stock> change) {
        return store.atomically(() -> {
            ProductRow row = table.get(productId);
            if (row == null) {
                throw new IllegalStateException("product " + productId + " does not exist");
            }
            ProductRow after = row.withStock(change.apply(row.stock()));
            table.replace(after);
            return after.level();
        });
    }
}
