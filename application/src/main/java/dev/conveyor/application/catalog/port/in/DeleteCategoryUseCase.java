package dev.conveyor.application.catalog.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.CategoryId;

public interface DeleteCategoryUseCase {

    /**
     * Administrators delete a category that no product and no sub-category refers to.
     *
     * @throws dev.conveyor.domain.shared.NotFoundException CATEGORY_NOT_FOUND
     * @throws dev.conveyor.domain.shared.ConflictException CATEGORY_IN_USE
     */
    void delete(Actor actor, CategoryId id);
}
