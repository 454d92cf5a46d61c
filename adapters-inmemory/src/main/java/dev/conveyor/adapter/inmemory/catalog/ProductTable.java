package dev.conveyor.adapter.inmemory.catalog;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.catalog.StockLevel;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The products table, shared by the catalogue and the stock adapter as one SQL
 * table is. Only touched inside {@link MemoryStore#atomically}.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class ProductTable {

    private final MemoryStore store;
    private final Map<ProductId, ProductRow> rows = new HashMap<>();
    private final Map<Sku, ProductId> bySku = new HashMap<>();

    public ProductTable(MemoryStore store) {
        this.store = store;
    }

    public ProductRow get(ProductId id) {
        return rows.get(id);
    }

    public Collection<ProductRow> all() {
        return rows.values();
    }

    public boolean skuTaken(Sku sku) {
        return bySku.containsKey(sku);
    }

    public void insert(ProductRow row) {
        if (rows.containsKey(row.id())) {
            throw new IllegalStateException("product " + row.id() + " is stored already");
        }
        store.put(rows, row.id(), row);
        store.put(bySku, row.sku(), row.id());
    }

    public void remove(ProductId id) {
        ProductRow row = rows.get(id);
        if (row != null) {
            store.remove(rows, id);
            store.remove(bySku, row.sku());
        }
    }

    /** The SKU never changes, so its index stays as it is. */
    public void replace(ProductRow row) {
        store.put(rows, row.id(), row);
    }

    /** What a products row holds; a fresh {@link Product} is made from it on every read. */
    public record ProductRow(ProductId id, Sku sku, ProductDetails details, Money price, boolean active, UserId sellerId,
                             Stock stock, int lowStockThreshold, Instant createdAt, Instant updatedAt, long version) {

        static ProductRow of(Product product) {
            return new ProductRow(product.id(), product.sku(), product.details(), product.price(),
                    product.isActive(), product.sellerId(), product.stock(), product.lowStockThreshold(),
                    product.createdAt(), product.updatedAt(), product.version());
        }

        /** The stored row with the product's catalogue fields, keeping the stored stock. */
        ProductRow revisedBy(Product product) {
            return new ProductRow(id, sku, product.details(), product.price(), product.isActive(), sellerId, stock,
                    product.lowStockThreshold(), createdAt, product.updatedAt(), version + 1);
        }

        ProductRow withStock(Stock newStock) {
            return new ProductRow(id, sku, details, price, active, sellerId, newStock, lowStockThreshold, createdAt,
                    updatedAt, version);
        }

        StockLevel level() {
            return new StockLevel(id, sku, sellerId, stock, lowStockThreshold);
        }

        Product toProduct() {
            return Product.rehydrate(id, sku, details, price, active, sellerId, stock, lowStockThreshold, createdAt,
                    updatedAt, version);
        }
    }
}
