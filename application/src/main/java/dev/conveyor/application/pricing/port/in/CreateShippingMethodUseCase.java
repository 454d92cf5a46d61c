package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.pricing.ShippingMethod;

public interface CreateShippingMethodUseCase {

    /**
     * Administrators; a retry with the same idempotency key (and body) answers the promotion, rate or method
     * the first request created.
     *
     * @throws dev.conveyor.domain.shared.InvalidInputException naming {@code taxCategory} when the store has no
     *         such category
     */
    Created<ShippingMethod> create(Actor actor, ShippingMethodCommand command, IdempotencyKey key);
}
