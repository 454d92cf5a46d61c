package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.CreatePromotionUseCase;
import dev.conveyor.application.pricing.port.in.Created;
import dev.conveyor.application.pricing.port.in.PromotionCommand;
import dev.conveyor.application.pricing.port.in.PromotionView;
import dev.conveyor.application.pricing.port.out.PromotionPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
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
    public Created<PromotionView> create(Actor actor, PromotionCommand command, IdempotencyKey key) {
        return admin.create(actor, key, "create-promotion", command.fingerprint(), id -> {
            Promotion promotion = command.toPromotion(new PromotionId(id));
            if (!promotions.insert(promotion)) {
                throw new ConflictException("COUPON_CODE_TAKEN",
                        "another promotion has the code " + promotion.code() + "; codes are unique");
            }
            return new PromotionView(promotion, 0);
        }, created -> new PromotionChanged(Change.CREATED, created.promotion(), admin.now()),
                id -> promotions.findById(new PromotionId(id))
                        .map(stored -> new PromotionView(stored.promotion(), stored.uses()))
                        .orElseThrow(() -> PricingAdmin.notFound("promotion", id)));
    }
}
