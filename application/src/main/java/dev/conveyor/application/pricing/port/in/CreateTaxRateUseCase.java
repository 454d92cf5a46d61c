package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.pricing.TaxRate;

public interface CreateTaxRateUseCase {

    /**
     * Administrators; a retry with the same idempotency key (and body) answers the promotion, rate or method
     * the first request created. A rate for the same place and category that starts later takes over on its first day,
     * so a change of rate is a new rate (and, optionally, the old one closed).
     *
     * @throws dev.conveyor.domain.shared.InvalidInputException naming {@code taxCategory} when the store has no
     *         such category
     */
    Created<TaxRate> create(Actor actor, TaxRateCommand command, IdempotencyKey key);
}
