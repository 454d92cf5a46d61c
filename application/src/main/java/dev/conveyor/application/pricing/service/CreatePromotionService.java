package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.CreatePromotionUseCase;
import dev.conveyor.application.pricing.port.in.PromotionCommand;
import dev.conveyor.application.pricing.port.in.PromotionView;
import dev.conveyor.application.pricing.port.out.PromotionPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.Promotion;
import dev.conveyor.domain.pricing.PromotionId;
import dev.conveyor.domain.pricing.PricingEvents.Change;
import dev.conveyor.domain.pricing.PricingEvents.PromotionChanged;
import dev.conveyor.domain.shared.ConflictException;

final class CreatePromotionService implements CreatePromotionUseCase {

    private final PricingAdmin admin;
    private final PromotionPort promotions;

    CreatePromotionService(PricingAdmin admin, PromotionPort promotions) {
        this.admin = admin;
        this.promotions = promotions;
    }

    @Override
    public PromotionView create(Actor actor, PromotionCommand command) {
        Promotion promotion = command.toPromotion(PromotionId.newId());
        admin.change(actor, () -> {
            if (!promotions.insert(promotion)) {
                throw new ConflictException("COUPON_CODE_TAKEN",
                        "another promotion has the code " + promotion.code() + "; codes are unique");
            }
            return promotion;
        }, created -> new PromotionChanged(Change.CREATED, created, admin.now()));
        return new PromotionView(promotion, 0);
    }
}
