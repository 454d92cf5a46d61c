package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.AdjustStockUseCase;
import dev.conveyor.application.catalog.port.out.StockAdjustmentLogPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.ProductAccess;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.StockAdjustment;
import dev.conveyor.domain.catalog.StockLevel;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

final class AdjustStockService implements AdjustStockUseCase {

    private final StockPort stock;
    private final StockAdjustmentLogPort adjustments;
    private final ProductAccess access;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    AdjustStockService(StockPort stock, StockAdjustmentLogPort adjustments, ProductAccess access,
                       EventRecorder events, TransactionPort transactions, Clock clock) {
        this.stock = stock;
        this.adjustments = adjustments;
        this.access = access;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public StockAdjustment adjust(Actor actor, ProductId productId, StockAdjustment.Request request) {
        Product product = access.stockKeepable(actor, productId);
        Adjusted adjusted = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            StockLevel before = stock.lockForAdjustment(productId)
                    .orElseThrow(() -> ProductAccess.notFound(productId));
            int onHandAfter = onHandAfter(request, before);
            if (onHandAfter < before.stock().reserved()) {
                throw new ConflictException("STOCK_BELOW_RESERVED", "open orders hold " + before.stock().reserved()
                        + " units of " + product.sku() + "; on hand cannot drop to " + onHandAfter);
            }
            StockLevel after = stock.setOnHand(productId, onHandAfter);
            StockAdjustment adjustment = request.recorded(productId, before.stock().onHand(), onHandAfter,
                    actor.userId(), now);
            adjustments.record(adjustment);
            product.stockChanged(after.stock(), now);
            List<DomainEvent> recorded = new ArrayList<>(product.pullEvents());
            after.alertAfterChange(before.stock().available(), now).ifPresent(recorded::add);
            events.append(actor, recorded);
            return new Adjusted(adjustment, recorded);
        });
        events.committed(adjusted.events());
        return adjusted.adjustment();
    }

    private static int onHandAfter(StockAdjustment.Request request, StockLevel before) {
        long after = request.kind() == StockAdjustment.Kind.RESTOCK
                ? (long) before.stock().onHand() + request.quantity() : request.quantity();
        if (after > Product.MAX_STOCK) {
            throw new InvalidInputException("quantity", "on hand would exceed " + Product.MAX_STOCK + " units");
        }
        return (int) after;
    }

    private record Adjusted(StockAdjustment adjustment, List<DomainEvent> events) {
    }
}
