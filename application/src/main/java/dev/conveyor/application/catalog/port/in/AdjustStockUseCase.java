package dev.conveyor.application.catalog.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.StockAdjustment;

public interface AdjustStockUseCase {

    /**
     * Restocks or corrects the units on hand, recording who and why. The owning
     * seller, staff and administrators may.
     *
     * @throws dev.conveyor.domain.shared.ConflictException STOCK_BELOW_RESERVED when a correction
     *         would leave fewer units than open orders hold
     */
    StockAdjustment adjust(Actor actor, ProductId productId, StockAdjustment.Request request);
}
