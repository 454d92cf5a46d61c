package dev.conveyor.application.catalog.port.out;

import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.StockAdjustment;

public interface StockAdjustmentLogPort {

    void record(StockAdjustment adjustment);

    /** Newest first. */
    Page<StockAdjustment> list(ProductId productId, PageRequest page);
}
