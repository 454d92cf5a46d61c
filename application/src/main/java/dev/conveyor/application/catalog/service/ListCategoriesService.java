package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.ListCategoriesQuery;
import dev.conveyor.application.catalog.port.out.CategoryPort;
import dev.conveyor.domain.catalog.Category;
import dev.conveyor.domain.catalog.CategoryId;
import java.util.List;

final class ListCategoriesService implements ListCategoriesQuery {

    private final CategoryPort categories;

    ListCategoriesService(CategoryPort categories) {
        this.categories = categories;
    }

    @Override
    public List<Category> list() {
        return categories.list();
    }

    @Override
    public Category get(CategoryId id) {
        return categories.findById(id).orElseThrow(() -> Categories.notFound(id));
    }
}
