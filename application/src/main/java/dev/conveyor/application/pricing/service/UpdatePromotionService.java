package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.PromotionCommand;
import dev.conveyor.application.pricing.port.in.PromotionView;
import dev.conveyor.application.pricing.port.in.UpdatePromotionUseCase;
import dev.conveyor.application.pricing.port.out.PromotionPort;
import dev.conveyor.application.pricing.port.out.PromotionPort.StoredPromotion;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.PricingEvents.Change;
import dev.conveyor.domain.pricing.PricingEvents.PromotionChanged;
import dev.conveyor.domain.pricing.Promotion;
import dev.conveyor.domain.pricing.PromotionId;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.Objects;

final class UpdatePromotionService implements UpdatePromotionUseCase {

    private final PricingAdmin admin;
    private final PromotionPort promotions;

    UpdatePromotionService(PricingAdmin admin, PromotionPort promotions) {
        this.admin = admin;
        this.promotions = promotions;
    }

    @Override
    public PromotionView update(Actor actor, PromotionId id, PromotionCommand command) {
        return admin.change(actor, () -> {
            StoredPromotion stored = promotions.findById(id).orElseThrow(() -> PricingAdmin.notFound("promotion", id));
            if (!Objects.equals(stored.promotion().code(), command.code())) {
                throw new InvalidInputException("code", "a promotion's code never changes (customers were given it); "
                        + "create a new promotion for another code");
            }
            Promotion updated = command.toPromotion(id);
            if (!promotions.update(updated)) {
                throw new InvalidInputException("usageLimit", "the coupon has been used " + stored.uses()
                        + " times already; the usage limit cannot be lower");
            }
            return new PromotionView(updated, stored.uses());
        }, view -> new PromotionChanged(Change.UPDATED, view.promotion(), admin.now()));
    }
}
