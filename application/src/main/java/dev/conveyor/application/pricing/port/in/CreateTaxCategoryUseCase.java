package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.pricing.NamedTaxCategory;

public interface CreateTaxCategoryUseCase {

    /**
     * Administrators; a retry with the same idempotency key (and body) answers the category the first request
     * created. Categories are never renamed nor removed: products, rates and orders refer to their codes.
     *
     * @throws dev.conveyor.domain.shared.ConflictException {@code TAX_CATEGORY_TAKEN} when the code exists
     */
    Created<NamedTaxCategory> create(Actor actor, TaxCategoryCommand command, IdempotencyKey key);
}
