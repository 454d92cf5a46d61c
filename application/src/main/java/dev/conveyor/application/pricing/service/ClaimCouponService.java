package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.ClaimCouponUseCase;
import dev.conveyor.application.pricing.port.out.PromotionUsagePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.service.CancellationHooks;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.user.UserId;
import java.util.List;

/**
 * Only coupons carry usage limits, so only they are claimed: an automatic promotion applies to every order
 * that qualifies without a counter every placement would queue on. A cancelled order gives its use back.
 */
final class ClaimCouponService implements ClaimCouponUseCase, CancellationHooks {

    private final PromotionUsagePort usages;

    ClaimCouponService(PromotionUsagePort usages) {
        this.usages = usages;
    }

    @Override
    public void claim(PriceBreakdown price, UserId customer, OrderId order) {
        price.promotions().stream().filter(promotion -> promotion.code() != null)
                .forEach(coupon -> usages.claim(coupon.id(), customer, order));
    }

    @Override
    public List<DomainEvent> whileCancelling(Actor actor, Order cancelled) {
        if (cancelled.price().promotions().stream().anyMatch(promotion -> promotion.code() != null)) {
            usages.release(cancelled.id());
        }
        return List.of();
    }
}
