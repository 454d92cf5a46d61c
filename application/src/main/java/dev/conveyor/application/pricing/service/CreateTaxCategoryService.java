package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.CreateTaxCategoryUseCase;
import dev.conveyor.application.pricing.port.in.Created;
import dev.conveyor.application.pricing.port.in.TaxCategoryCommand;
import dev.conveyor.application.pricing.port.out.TaxCategoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.pricing.NamedTaxCategory;
import dev.conveyor.domain.pricing.PricingEvents.Change;
import dev.conveyor.domain.pricing.PricingEvents.TaxCategoryChanged;
import dev.conveyor.domain.shared.ConflictException;

final class CreateTaxCategoryService implements CreateTaxCategoryUseCase {

    private final PricingAdmin admin;
    private final TaxCategoryPort categories;

    CreateTaxCategoryService(PricingAdmin admin, TaxCategoryPort categories) {
        this.admin = admin;
        this.categories = categories;
    }

    /**
     * A category is known by its code, not by the id the idempotency record keeps: a replay carries the
     * first request's body (the fingerprint says so), so its code finds what that request created.
     */
    @Override
    public Created<NamedTaxCategory> create(Actor actor, TaxCategoryCommand command, IdempotencyKey key) {
        NamedTaxCategory category = command.toCategory();
        return admin.create(actor, key, "create-tax-category", command.fingerprint(), id -> {
            if (!categories.insert(category.category(), category.name())) {
                throw new ConflictException("TAX_CATEGORY_TAKEN",
                        "the tax category " + category.category().code() + " exists; codes are unique");
            }
            return category;
        }, created -> new TaxCategoryChanged(Change.CREATED, created, admin.now()),
                id -> categories.all().stream().filter(stored -> stored.category().equals(category.category()))
                        .findFirst().orElseThrow(() -> PricingAdmin.notFound("tax category", command.code())));
    }
}
