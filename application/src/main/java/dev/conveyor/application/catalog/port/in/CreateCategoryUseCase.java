package dev.conveyor.application.catalog.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.Category;
import dev.conveyor.domain.catalog.CategoryId;
import dev.conveyor.domain.shared.Check;

public interface CreateCategoryUseCase {

    /**
     * Administrators create a category.
     *
     * @throws dev.conveyor.domain.shared.ConflictException CATEGORY_TAKEN
     */
    Category create(Actor actor, CategoryCommand command);

    /**
     * @param slug     null to derive it from the name
     * @param parentId null for a top-level category
     */
    record CategoryCommand(String name, String slug, CategoryId parentId) {
        public CategoryCommand {
            Check.notNull("name", name);
        }
    }
}
