package dev.conveyor.adapter.rest.catalog;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.application.catalog.port.in.ListProductsQuery.ProductFilter;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.application.shared.port.out.ProductSearch;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The query parameters shared by the catalogue and the management list. Read as
 * text and parsed here, so a bad value answers 400 naming the parameter.
 */
@Introspected
record ProductListParameters(@Nullable @QueryValue String q, @Nullable @QueryValue String category,
                             @Nullable @QueryValue
                             @Schema(type = "string", allowableValues = {"name", "price", "createdAt", "sku"})
                             String sort,
                             @Nullable @QueryValue @Schema(type = "string", allowableValues = {"asc", "desc"})
                             String direction,
                             @Nullable @QueryValue @Schema(type = "integer") String page,
                             @Nullable @QueryValue @Schema(type = "integer") String size) {

    ProductFilter filter() {
        return new ProductFilter(q, category, Inputs.optionalEnum("sort", sort, ProductSearch.Sort.class),
                Inputs.optionalEnum("direction", direction, SortDirection.class));
    }

    PageRequest pageRequest() {
        return Inputs.page(page, size);
    }
}
