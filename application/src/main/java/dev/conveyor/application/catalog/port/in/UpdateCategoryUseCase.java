package dev.conveyor.application.catalog.port.in;

import dev.conveyor.application.catalog.port.in.CreateCategoryUseCase.CategoryCommand;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.Category;
import dev.conveyor.domain.catalog.CategoryId;

public interface UpdateCategoryUseCase {

    /**
     * Administrators rename, re-address or move a category (the command replaces all three); its
     * products follow a new name.
     *
     * @throws dev.conveyor.domain.shared.NotFoundException CATEGORY_NOT_FOUND
     * @throws dev.conveyor.domain.shared.ConflictException CATEGORY_TAKEN
     */
    Category update(Actor actor, CategoryId id, CategoryCommand command);
}
