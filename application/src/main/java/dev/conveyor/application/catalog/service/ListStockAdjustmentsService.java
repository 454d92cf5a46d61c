package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.ListStockAdjustmentsQuery;
import dev.conveyor.application.catalog.port.out.StockAdjustmentLogPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.service.ProductAccess;
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
