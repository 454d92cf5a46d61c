package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.ListTaxCategoriesQuery;
import dev.conveyor.application.pricing.port.out.TaxCategoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.pricing.NamedTaxCategory;
import java.util.List;

/** A store has a handful of categories: the page is cut from all of them. */
final class ListTaxCategoriesService implements ListTaxCategoriesQuery {

    private final TaxCategoryPort categories;

    ListTaxCategoriesService(TaxCategoryPort categories) {
        this.categories = categories;
    }

    @Override
    public Page<NamedTaxCategory> list(Actor actor, PageRequest page) {
        PricingAdmin.requireReader(actor);
        List<NamedTaxCategory> all = categories.all();
        int from = (int) Math.min(page.offset(), all.size());
        return Page.of(all.subList(from, Math.min(all.size(), from + page.size())), page, all.size());
    }
}
