package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.CreateCategoryUseCase;
import dev.conveyor.application.catalog.port.out.CategoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.catalog.Category;
import dev.conveyor.domain.catalog.CategoryId;
import dev.conveyor.domain.user.Role;

final class CreateCategoryService implements CreateCategoryUseCase {

    private final CategoryPort categories;
    private final Categories rules;
    private final TransactionPort transactions;

    CreateCategoryService(CategoryPort categories, Categories rules, TransactionPort transactions) {
        this.categories = categories;
        this.rules = rules;
        this.transactions = transactions;
    }

    @Override
    public Category create(Actor actor, CategoryCommand command) {
        actor.requireRole(Role.ADMIN);
        Category category = new Category(CategoryId.newId(), command.name(), command.slug(), command.parentId());
        return transactions.inTransaction(() -> {
            rules.checkParent(category, false);
            if (!categories.insert(category)) {
                throw Categories.taken(category);
            }
            return category;
        });
    }
}
