package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.pricing.PricingAttributes;

/** Sets how a product is taxed and what a unit weighs; its seller or an administrator. */
public interface SetProductPricingUseCase {

    /**
     * @throws dev.conveyor.domain.shared.InvalidInputException naming {@code taxCategory} when the store
     *         has no such category
     */
    PricingAttributes set(Actor actor, ProductId productId, PricingAttributes attributes);
}
