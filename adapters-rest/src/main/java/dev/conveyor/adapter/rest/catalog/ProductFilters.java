package dev.conveyor.adapter.rest.catalog;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.application.common.SortDirection;
import dev.conveyor.application.port.in.ListProductsQuery.ProductFilter;
import dev.conveyor.application.port.out.ProductSearch;

/** The query parameters shared by the catalogue and the management list. */
final class ProductFilters {

    private ProductFilters() {
    }

    static ProductFilter of(String q, String category, String sort, String direction) {
        return new ProductFilter(q, category, Inputs.optionalEnum("sort", sort, ProductSearch.Sort.class),
                Inputs.optionalEnum("direction", direction, SortDirection.class));
    }
}
