package dev.conveyor.application.catalog.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.application.shared.port.out.ProductSearch;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.shared.Check;

public interface ListProductsQuery {

    /** The public catalogue: active products only, whoever asks. */
    Page<Product> catalogue(Actor actor, ProductFilter filter, PageRequest page);

    /**
     * Products to manage, inactive ones included: a seller sees their own,
     * staff and administrators all.
     */
    Page<Product> managed(Actor actor, ProductFilter filter, PageRequest page);

    record ProductFilter(String text, String category, ProductSearch.Sort sort, SortDirection direction) {
        public ProductFilter {
            text = Check.optionalText("q", text, 100);
            category = Check.optionalText("category", category, 100);
            sort = sort == null ? ProductSearch.Sort.NAME : sort;
            direction = direction == null ? SortDirection.ASC : direction;
        }
    }
}
