package dev.conveyor.adapter.persistence.catalog;

import dev.conveyor.adapter.persistence.support.Paging;
import dev.conveyor.application.catalog.port.out.StockAdjustmentLogPort;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.StockAdjustment;
import dev.conveyor.domain.order.Order;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;

@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcStockAdjustmentLogAdapter implements StockAdjustmentLogPort {

    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("adjustedAt"), Sort.Order.desc("id"));

    private final StockAdjustmentJdbcRepository adjustments;

    JdbcStockAdjustmentLogAdapter(StockAdjustmentJdbcRepository adjustments) {
        this.adjustments = adjustments;
    }

    @Override
    public void record(StockAdjustment adjustment) {
        adjustments.save(StockAdjustmentRow.of(adjustment));
    }

    @Override
    public Page<StockAdjustment> list(ProductId productId, PageRequest page) {
        return Paging.page(adjustments.findByProductId(productId.value(), Paging.pageable(page, NEWEST_FIRST)), page)
                .map(StockAdjustmentRow::toAdjustment);
    }
}
