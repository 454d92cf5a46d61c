package dev.conveyor.adapter.persistence.catalog;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.StockAdjustment;
import dev.conveyor.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("stock_adjustments")
record StockAdjustmentRow(@Id UUID id, UUID productId, StockAdjustment.Kind kind, int quantity, int onHandBefore,
                          int onHandAfter, String reason, @Nullable UUID actorId, Instant adjustedAt) {

    static StockAdjustmentRow of(StockAdjustment adjustment) {
        return new StockAdjustmentRow(adjustment.id(), adjustment.productId().value(), adjustment.kind(),
                adjustment.quantity(), adjustment.onHandBefore(), adjustment.onHandAfter(), adjustment.reason(),
                adjustment.actorId() == null ? null : adjustment.actorId().value(), adjustment.at());
    }

    StockAdjustment toAdjustment() {
        return new StockAdjustment(id, new ProductId(productId), kind, quantity, onHandBefore, onHandAfter, reason,
                actorId == null ? null : new UserId(actorId), adjustedAt);
    }
}
