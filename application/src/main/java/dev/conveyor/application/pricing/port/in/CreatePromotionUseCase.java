package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;

public interface CreatePromotionUseCase {

    /**
     * Administrators; a retry with the same idempotency key (and body) answers the promotion, rate or method
     * the first request created.
     *
     * @throws dev.conveyor.domain.shared.ConflictException {@code COUPON_CODE_TAKEN} when another promotion
     *         has the code
     */
    Created<PromotionView> create(Actor actor, PromotionCommand command, IdempotencyKey key);
}
