package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.SetProductPricingUseCase;
import dev.conveyor.application.pricing.port.out.ProductPricingPort;
import dev.conveyor.application.pricing.port.out.TaxCategoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.service.ProductAccess;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.pricing.PricingAttributes;
import dev.conveyor.domain.shared.InvalidInputException;

final class SetProductPricingService implements SetProductPricingUseCase {

    private final ProductAccess access;
    private final TaxCategoryPort categories;
    private final ProductPricingPort attributes;

    SetProductPricingService(ProductAccess access, TaxCategoryPort categories, ProductPricingPort attributes) {
        this.access = access;
        this.categories = categories;
        this.attributes = attributes;
    }

    @Override
    public PricingAttributes set(Actor actor, ProductId productId, PricingAttributes wanted) {
        access.editable(actor, productId);
        if (!categories.exists(wanted.taxCategory())) {
            throw new InvalidInputException("taxCategory", "tax category " + wanted.taxCategory().code()
                    + " does not exist; the store has " + categories.all().stream().map(c -> c.category().code()).toList());
        }
        if (!attributes.save(productId, wanted)) {
            throw ProductAccess.notFound(productId);
        }
        return wanted;
    }
}
