package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.PromotionId;

public interface UpdatePromotionUseCase {

    /**
     * Administrators: everything but the code, which customers were given (a new code is a new promotion).
     * Orders already placed keep the discount they got.
     *
     * @throws dev.conveyor.domain.shared.InvalidInputException naming {@code code} when it differs, or
     *         {@code usageLimit} when it is below the uses so far
     */
    PromotionView update(Actor actor, PromotionId id, PromotionCommand command);
}
