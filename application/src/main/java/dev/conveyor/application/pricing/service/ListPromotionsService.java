package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.ListPromotionsQuery;
import dev.conveyor.application.pricing.port.in.PromotionView;
import dev.conveyor.application.pricing.port.out.PromotionPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;

final class ListPromotionsService implements ListPromotionsQuery {

    private final PromotionPort promotions;

    ListPromotionsService(PromotionPort promotions) {
        this.promotions = promotions;
    }

    @Override
    public Page<PromotionView> list(Actor actor, PageRequest page) {
        PricingAdmin.requireReader(actor);
        return promotions.list(page).map(stored -> new PromotionView(stored.promotion(), stored.uses()));
    }
}
