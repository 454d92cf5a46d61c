package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.DeleteCategoryUseCase;
import dev.conveyor.application.catalog.port.out.CategoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.ProductSearch;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.catalog.Category;
import dev.conveyor.domain.catalog.CategoryId;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.user.Role;

final class DeleteCategoryService implements DeleteCategoryUseCase {

    private final CategoryPort categories;
    private final Categories rules;
    private final ProductRepositoryPort products;
    private final TransactionPort transactions;

    DeleteCategoryService(CategoryPort categories, Categories rules, ProductRepositoryPort products,
                          TransactionPort transactions) {
        this.categories = categories;
        this.rules = rules;
        this.products = products;
        this.transactions = transactions;
    }

    @Override
    public void delete(Actor actor, CategoryId id) {
        actor.requireRole(Role.ADMIN);
        transactions.inTransaction(() -> {
            Category category = rules.require(id);
            long inUse = products.search(new ProductSearch(null, category.name(), null, false,
                    ProductSearch.Sort.NAME, SortDirection.ASC), new PageRequest(0, 1)).total();
            if (inUse > 0) {
                throw new ConflictException("CATEGORY_IN_USE", "category " + category.name() + " still has "
                        + inUse + (inUse == 1 ? " product" : " products") + "; move or delete them first");
            }
            if (rules.hasChildren(id)) {
                throw new ConflictException("CATEGORY_IN_USE", "category " + category.name()
                        + " still has sub-categories; move or delete them first");
            }
            if (!categories.delete(id)) {
                throw Categories.notFound(id);
            }
        });
    }
}
