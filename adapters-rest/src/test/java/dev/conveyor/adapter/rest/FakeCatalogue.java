package dev.conveyor.adapter.rest;

import dev.conveyor.application.backoffice.port.in.ListCustomersQuery;
import dev.conveyor.application.catalog.port.in.AddProductImageUseCase;
import dev.conveyor.application.catalog.port.in.ChangeProductImagesUseCase;
import dev.conveyor.application.catalog.port.in.CreateCategoryUseCase;
import dev.conveyor.application.catalog.port.in.DeleteCategoryUseCase;
import dev.conveyor.application.catalog.port.in.DeleteProductUseCase;
import dev.conveyor.application.catalog.port.in.ListCategoriesQuery;
import dev.conveyor.application.catalog.port.in.ListProductImagesQuery;
import dev.conveyor.application.catalog.port.in.ReadMediaQuery;
import dev.conveyor.application.catalog.port.in.RemoveProductImageUseCase;
import dev.conveyor.application.catalog.port.in.UpdateCategoryUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.catalog.Category;
import dev.conveyor.domain.catalog.CategoryId;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The catalogue's categories and pictures, and the back office's customers, as {@link FakeCore} stands in for the
 * rest: no category, no picture, no customer. The HTTP tests in bootstrap exercise them for real.
 */
@Singleton
public final class FakeCatalogue implements ListCategoriesQuery, CreateCategoryUseCase, UpdateCategoryUseCase,
        DeleteCategoryUseCase, ListProductImagesQuery, AddProductImageUseCase, ChangeProductImagesUseCase,
        RemoveProductImageUseCase, ReadMediaQuery, DeleteProductUseCase, ListCustomersQuery {

    @Override
    public List<Category> list() {
        return List.of();
    }

    @Override
    public Category get(CategoryId id) {
        throw new NotFoundException("CATEGORY_NOT_FOUND", "no category " + id);
    }

    @Override
    public Category create(Actor actor, CategoryCommand command) {
        return new Category(CategoryId.newId(), command.name(), command.slug(), command.parentId());
    }

    @Override
    public Category update(Actor actor, CategoryId id, CategoryCommand command) {
        throw new NotFoundException("CATEGORY_NOT_FOUND", "no category " + id);
    }

    @Override
    public void delete(Actor actor, CategoryId id) {
        throw new NotFoundException("CATEGORY_NOT_FOUND", "no category " + id);
    }

    @Override
    public Map<ProductId, List<ProductImage>> of(Collection<ProductId> productIds) {
        return Map.of();
    }

    @Override
    public ProductImage add(Actor actor, ProductId productId, byte[] content) {
        throw new NotFoundException("PRODUCT_NOT_FOUND", "no product " + productId);
    }

    @Override
    public List<ProductImage> reorder(Actor actor, ProductId productId, List<UUID> imageIds) {
        throw new NotFoundException("PRODUCT_NOT_FOUND", "no product " + productId);
    }

    @Override
    public void remove(Actor actor, ProductId productId, UUID imageId) {
        throw new NotFoundException("PRODUCT_NOT_FOUND", "no product " + productId);
    }

    @Override
    public Optional<Media> read(String name) {
        return Optional.empty();
    }

    @Override
    public Outcome delete(Actor actor, ProductId productId) {
        throw new NotFoundException("PRODUCT_NOT_FOUND", "no product " + productId);
    }

    @Override
    public Page<User> list(Actor actor, String text, PageRequest page) {
        return Page.of(List.of(), page, 0);
    }

    @Override
    public CustomerRecord customer(Actor actor, UserId id) {
        throw new NotFoundException("CUSTOMER_NOT_FOUND", "no customer " + id);
    }
}
