package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.out.CategoryPort;
import dev.conveyor.domain.catalog.Category;
import dev.conveyor.domain.catalog.CategoryId;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.NotFoundException;

/** The rules every category change shares, and the category a product names. */
final class Categories {

    private final CategoryPort categories;

    Categories(CategoryPort categories) {
        this.categories = categories;
    }

    /**
     * The category of this name, created (top-level) when there is none yet: clients that still send the
     * former free-text category keep working, and the product is linked to a managed category either way.
     */
    Category ensure(String name) {
        return categories.findByName(name).orElseGet(() -> {
            Category created = new Category(CategoryId.newId(), name, null, null);
            if (categories.insert(created)) {
                return created;
            }
            // a concurrent product took the name first, or another name has this slug
            return categories.findByName(name).orElseGet(() -> insertWithFreeSlug(created));
        });
    }

    private Category insertWithFreeSlug(Category wanted) {
        Category numbered = new Category(wanted.id(), wanted.name(), suffixed(wanted.slug(), wanted.id()), null);
        if (!categories.insert(numbered)) {
            throw taken(wanted);
        }
        return numbered;
    }

    private static String suffixed(String slug, CategoryId id) {
        String suffix = "-" + id.value().toString().substring(0, 8);
        return slug.substring(0, Math.min(slug.length(), Category.MAX_NAME - suffix.length())) + suffix;
    }

    /** The details with their category as it is spelt by the managed category of that name (created if need be). */
    ProductDetails named(ProductDetails details) {
        String name = ensure(details.category()).name();
        return name.equals(details.category()) ? details
                : new ProductDetails(details.name(), details.description(), name, details.imageUrl());
    }

    Category require(CategoryId id) {
        return categories.findById(id).orElseThrow(() -> notFound(id));
    }

    /** One level: the parent must exist and be top-level, and a parent cannot be moved under another. */
    void checkParent(Category category, boolean hasChildren) {
        if (category.parentId() == null) {
            return;
        }
        Category parent = categories.findById(category.parentId())
                .orElseThrow(() -> new InvalidInputException("parentId", "there is no category " + category.parentId()));
        if (!parent.isTopLevel()) {
            throw new InvalidInputException("parentId", "category " + parent.name()
                    + " is itself a sub-category; categories nest one level deep");
        }
        if (hasChildren) {
            throw new InvalidInputException("parentId", "category " + category.name()
                    + " has sub-categories, so it stays top-level");
        }
    }

    boolean hasChildren(CategoryId id) {
        return categories.list().stream().anyMatch(other -> id.equals(other.parentId()));
    }

    static ConflictException taken(Category category) {
        return new ConflictException("CATEGORY_TAKEN", "a category named " + category.name() + " or addressed "
                + category.slug() + " exists already");
    }

    static NotFoundException notFound(CategoryId id) {
        return new NotFoundException("CATEGORY_NOT_FOUND", "category " + id + " does not exist");
    }
}
