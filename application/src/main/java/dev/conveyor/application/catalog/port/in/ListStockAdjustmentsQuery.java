package dev.conveyor.application.catalog.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.StockAdjustment;

public interface ListStockAdjustmentsQuery {

    Page<StockAdjustment> list(Actor actor, ProductId productId, PageRequest page);
}
