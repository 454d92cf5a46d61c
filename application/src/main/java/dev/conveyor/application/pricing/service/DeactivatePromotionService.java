package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.DeactivatePromotionUseCase;
import dev.conveyor.application.pricing.port.in.PromotionView;
import dev.conveyor.application.pricing.port.out.PromotionPort;
import dev.conveyor.application.pricing.port.out.PromotionPort.StoredPromotion;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.PricingEvents.Change;
import dev.conveyor.domain.pricing.PricingEvents.PromotionChanged;
import dev.conveyor.domain.pricing.PromotionId;

/** Deactivating an inactive promotion changes nothing and records nothing. */
final class DeactivatePromotionService implements DeactivatePromotionUseCase {

    private final PricingAdmin admin;
    private final PromotionPort promotions;

    DeactivatePromotionService(PricingAdmin admin, PromotionPort promotions) {
        this.admin = admin;
        this.promotions = promotions;
    }

    @Override
    public PromotionView deactivate(Actor actor, PromotionId id) {
        boolean[] changed = new boolean[1];
        return admin.change(actor, () -> {
            StoredPromotion stored = promotions.findById(id).orElseThrow(() -> PricingAdmin.notFound("promotion", id));
            if (!stored.promotion().active()) {
                return new PromotionView(stored.promotion(), stored.uses());
            }
            promotions.update(stored.promotion().deactivated());
            changed[0] = true;
            return new PromotionView(stored.promotion().deactivated(), stored.uses());
        }, view -> changed[0] ? new PromotionChanged(Change.DEACTIVATED, view.promotion(), admin.now()) : null);
    }
}
