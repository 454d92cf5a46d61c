package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.PromotionId;

public interface GetPromotionQuery {

    /** Staff and administrators. */
    PromotionView get(Actor actor, PromotionId id);
}
