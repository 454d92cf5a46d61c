package dev.conveyor.application.service;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.common.Page;
import dev.conveyor.application.common.PageRequest;
import dev.conveyor.application.port.in.ListStockAdjustmentsQuery;
import dev.conveyor.application.port.out.StockAdjustmentLogPort;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.StockAdjustment;

final class ListStockAdjustmentsService implements ListStockAdjustmentsQuery {

    private final StockAdjustmentLogPort adjustments;
    private final ProductAccess access;

    ListStockAdjustmentsService(StockAdjustmentLogPort adjustments, ProductAccess access) {
        this.adjustments = adjustments;
        this.access = access;
    }

    @Override
    public Page<StockAdjustment> list(Actor actor, ProductId productId, PageRequest page) {
        access.stockKeepable(actor, productId);
        return adjustments.list(productId, page);
    }
}
