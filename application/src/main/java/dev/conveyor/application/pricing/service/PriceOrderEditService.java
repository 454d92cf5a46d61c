package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.PriceOrderCommand;
import dev.conveyor.application.pricing.port.in.PriceOrderEditQuery;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.pricing.Pricing;
import java.time.Clock;

/** The placement's pricing without promotions: gathers rates, method and attributes the same way. */
final class PriceOrderEditService implements PriceOrderEditQuery {

    private final PriceOrderService placement;
    private final Clock clock;

    PriceOrderEditService(PriceOrderService placement, Clock clock) {
        this.placement = placement;
        this.clock = clock;
    }

    @Override
    public PriceBreakdown price(PriceOrderCommand command) {
        return Pricing.price(placement.requestWithoutPromotions(command, clock.instant()));
    }
}
