package dev.conveyor.application.port.in;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.common.Page;
import dev.conveyor.application.common.PageRequest;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.StockAdjustment;

public interface ListStockAdjustmentsQuery {

    Page<StockAdjustment> list(Actor actor, ProductId productId, PageRequest page);
}
