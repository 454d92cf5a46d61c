package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.pricing.NamedTaxCategory;

public interface ListTaxCategoriesQuery {

    /** Staff and administrators: the store's tax categories, by code. */
    Page<NamedTaxCategory> list(Actor actor, PageRequest page);
}
