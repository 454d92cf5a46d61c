package dev.conveyor.application.catalog.port.in;

import dev.conveyor.domain.catalog.Category;
import dev.conveyor.domain.catalog.CategoryId;
import java.util.List;

public interface ListCategoriesQuery {

    /** Every category, by name; anyone may read them. */
    List<Category> list();

    /** @throws dev.conveyor.domain.shared.NotFoundException CATEGORY_NOT_FOUND */
    Category get(CategoryId id);
}
