package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.GetPromotionQuery;
import dev.conveyor.application.pricing.port.in.PromotionView;
import dev.conveyor.application.pricing.port.out.PromotionPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.PromotionId;

final class GetPromotionService implements GetPromotionQuery {

    private final PromotionPort promotions;

    GetPromotionService(PromotionPort promotions) {
        this.promotions = promotions;
    }

    @Override
    public PromotionView get(Actor actor, PromotionId id) {
        PricingAdmin.requireReader(actor);
        return promotions.findById(id).map(stored -> new PromotionView(stored.promotion(), stored.uses()))
                .orElseThrow(() -> PricingAdmin.notFound("promotion", id));
    }
}
