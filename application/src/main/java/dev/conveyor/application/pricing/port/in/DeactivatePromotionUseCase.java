package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.PromotionId;

public interface DeactivatePromotionUseCase {

    /** Administrators: the promotion stops applying at once; it stays stored with its uses. */
    PromotionView deactivate(Actor actor, PromotionId id);
}
