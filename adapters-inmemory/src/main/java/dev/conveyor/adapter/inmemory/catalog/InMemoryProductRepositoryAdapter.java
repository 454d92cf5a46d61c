package dev.conveyor.adapter.inmemory.catalog;

import dev.conveyor.adapter.inmemory.catalog.ProductTable.ProductRow;
import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.adapter.inmemory.support.Queries;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.ProductSearch;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryProductRepositoryAdapter implements ProductRepositoryPort {

    private final MemoryStore store;
    private final ProductTable table;

    public InMemoryProductRepositoryAdapter(MemoryStore store, ProductTable table) {
        this.store = store;
        this.table = table;
    }

    @Override
    public boolean insert(Product product) {
        return store.atomically(() -> {
            if (table.skuTaken(product.sku())) {
                return false;
            }
            table.insert(ProductRow.of(product));
            return true;
        });
    }

    @Override
    public void update(Product product) {
        store.atomically(() -> {
            ProductRow stored = table.get(product.id());
            if (stored == null || stored.version() != product.version()) {
                throw new ConcurrentModificationException("product", product.id());
            }
            table.replace(stored.revisedBy(product));
            return null;
        });
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return store.atomically(() -> Optional.ofNullable(table.get(id)).map(ProductRow::toProduct));
    }

    @Override
    public List<Product> findAllById(Collection<ProductId> ids) {
        return store.atomically(() -> ids.stream().distinct().map(table::get).filter(Objects::nonNull)
                .map(ProductRow::toProduct).toList());
    }

    @Override
    public Page<Product> search(ProductSearch search, PageRequest page) {
        return store.atomically(() -> Queries.page(table.all().stream()
                .filter(row -> search.text() == null
                        || Queries.containsIgnoringCase(row.details().name(), search.text())
                        || Queries.containsIgnoringCase(row.sku().value(), search.text()))
                .filter(row -> search.category() == null || row.details().category().equals(search.category()))
                .filter(row -> search.sellerId() == null || row.sellerId().equals(search.sellerId()))
                .filter(row -> !search.activeOnly() || row.active())
                .sorted(order(search))
                .toList(), page).map(ProductRow::toProduct));
    }

    /** The requested key, then the id, both in the requested direction, so DESC is exactly ASC reversed. */
    private static Comparator<ProductRow> order(ProductSearch search) {
        ProductSearch.Sort sort = search.sort() == null ? ProductSearch.Sort.NAME : search.sort();
        Comparator<ProductRow> byKey = switch (sort) {
            case NAME -> Comparator.comparing(row -> row.details().name(), String.CASE_INSENSITIVE_ORDER);
            case PRICE -> Comparator.comparingLong(row -> row.price().amountMinor());
            case CREATED_AT -> Comparator.comparing(ProductRow::createdAt);
            case SKU -> Comparator.comparing(row -> row.sku().value());
        };
        Comparator<ProductRow> ascending = byKey.thenComparing(ProductRow::id);
        return search.direction() == SortDirection.DESC ? ascending.reversed() : ascending;
    }
}
