package dev.conveyor.adapter.inmemory.catalog;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.adapter.inmemory.support.Queries;
import dev.conveyor.application.catalog.port.out.StockAdjustmentLogPort;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.StockAdjustment;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Adjustments are immutable records, stored as they are. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryStockAdjustmentLogAdapter implements StockAdjustmentLogPort {

    private static final Comparator<StockAdjustment> NEWEST_FIRST = Comparator.comparing(StockAdjustment::at)
            .thenComparing(StockAdjustment::id).reversed();

    private final MemoryStore store;
    private final List<StockAdjustment> adjustments = new ArrayList<>();

    public InMemoryStockAdjustmentLogAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void record(StockAdjustment adjustment) {
        store.atomically(() -> {
            store.append(adjustments, adjustment);
            return null;
        });
    }

    @Override
    public Page<StockAdjustment> list(ProductId productId, PageRequest page) {
        return store.atomically(() -> Queries.page(adjustments.stream()
                .filter(adjustment -> adjustment.productId().equals(productId))
                .sorted(NEWEST_FIRST)
                .toList(), page));
    }
}
