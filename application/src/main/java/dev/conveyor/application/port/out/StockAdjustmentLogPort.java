package dev.conveyor.application.port.out;

import dev.conveyor.application.common.Page;
import dev.conveyor.application.common.PageRequest;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.StockAdjustment;

public interface StockAdjustmentLogPort {

    void record(StockAdjustment adjustment);

    /** Newest first. */
    Page<StockAdjustment> list(ProductId productId, PageRequest page);
}
