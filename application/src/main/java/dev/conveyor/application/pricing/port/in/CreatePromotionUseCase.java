package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;

public interface CreatePromotionUseCase {

    /**
     * Administrators.
     *
     * @throws dev.conveyor.domain.shared.ConflictException {@code COUPON_CODE_TAKEN} when another promotion
     *         has the code
     */
    PromotionView create(Actor actor, PromotionCommand command);
}
