package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.out.PromotionUsagePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.service.CancellationHooks;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import java.util.List;

/**
 * A cancelled order gives back the coupon use it claimed, in the cancelling transaction: it no longer
 * counts against the coupon's total or the customer's limit.
 */
final class ReleaseCouponsOnCancellation implements CancellationHooks {

    private final PromotionUsagePort usages;

    ReleaseCouponsOnCancellation(PromotionUsagePort usages) {
        this.usages = usages;
    }

    @Override
    public List<DomainEvent> whileCancelling(Actor actor, Order cancelled) {
        usages.release(cancelled.id());
        return List.of();
    }
}
