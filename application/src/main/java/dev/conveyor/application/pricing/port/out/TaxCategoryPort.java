package dev.conveyor.application.pricing.port.out;

import dev.conveyor.domain.pricing.NamedTaxCategory;
import dev.conveyor.domain.pricing.TaxCategory;
import java.util.List;

/** The store's tax categories: the four every store starts with and those it configured. */
public interface TaxCategoryPort {

    /** @return false, writing nothing, when the code is taken */
    boolean insert(TaxCategory category, String name);

    boolean exists(TaxCategory category);

    /** Every category with its name, by code. */
    List<NamedTaxCategory> all();
}
