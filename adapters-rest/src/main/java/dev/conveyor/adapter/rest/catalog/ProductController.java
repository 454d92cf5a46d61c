package dev.conveyor.adapter.rest.catalog;

import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.catalog.port.in.CreateProductUseCase;
import dev.conveyor.application.catalog.port.in.DeleteProductUseCase;
import dev.conveyor.application.catalog.port.in.GetProductQuery;
import dev.conveyor.application.catalog.port.in.ListCategoriesQuery;
import dev.conveyor.application.catalog.port.in.ListProductsQuery;
import dev.conveyor.application.catalog.port.in.UpdateProductUseCase;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.CategoryId;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.NotFoundException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;

@Controller("/api/products")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Products")
@Answers.Unavailable
final class ProductController {

    private final ListProductsQuery list;
    private final GetProductQuery get;
    private final CreateProductUseCase create;
    private final UpdateProductUseCase update;
    private final DeleteProductUseCase delete;
    private final ListCategoriesQuery categories;
    private final ProductViews views;

    ProductController(ListProductsQuery list, GetProductQuery get, CreateProductUseCase create,
                      UpdateProductUseCase update, DeleteProductUseCase delete, ListCategoriesQuery categories,
                      ProductViews views) {
        this.delete = delete;
        this.categories = categories;
        this.list = list;
        this.get = get;
        this.create = create;
        this.update = update;
        this.views = views;
    }

    @RateLimited(RequestKind.SEARCH)
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The public catalogue: active products",
            description = "Active products only, for anyone: text search over name, SKU and description, a category "
                    + "filter, sorting and paging. Cached.")
    @Answers.Invalid
    PageResponse<ProductResponse> catalogue(@CurrentActor Actor actor, @RequestBean ProductListParameters parameters) {
        return views.page(list.catalogue(actor, parameters.filter(), parameters.pageRequest()));
    }

    @RateLimited(RequestKind.SEARCH)
    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One product; inactive ones only for their seller and the back office",
            description = "Inactive products are visible only to their seller and the back office.")
    @Answers.Invalid
    @Answers.NotFound
    ProductResponse product(@CurrentActor Actor actor, UUID id) {
        return views.one(get.get(actor, new ProductId(id)));
    }

    @RateLimited(RequestKind.WRITES)
    @Post
    @Secured({"SELLER", "ADMIN"})
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "cookie")
    @Operation(summary = "Create a product",
            description = "Sellers create their own products; an administrator names the seller.")
    @Status(HttpStatus.CREATED)
    @Answers.Invalid
    @Answers.Unauthenticated
    @Answers.Forbidden
    @Answers.Conflict
    @Answers.JsonBody
    HttpResponse<ProductResponse> create(@CurrentActor Actor actor, @Body CreateProductRequest request) {
        Product product = create.create(actor, request.toCommand(this::categoryName));
        return HttpResponse.created(views.one(product), URI.create("/api/products/" + product.id()));
    }

    @RateLimited(RequestKind.WRITES)
    @Patch("/{id}")
    @Secured({"SELLER", "ADMIN"})
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "cookie")
    @Operation(summary = "Change a product: description, price, active flag, low-stock threshold",
            description = "The owning seller or an administrator; active=false takes the product off sale.")
    @Answers.Invalid
    @Answers.Unauthenticated
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.JsonBody
    ProductResponse update(@CurrentActor Actor actor, UUID id, @Body UpdateProductRequest request) {
        ProductId productId = new ProductId(id);
        return views.one(update.update(actor, productId,
                request.toCommand(() -> get.get(actor, productId).details(), this::categoryName)));
    }

    @RateLimited(RequestKind.WRITES)
    @Delete("/{id}")
    @Secured({"SELLER", "ADMIN"})
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "cookie")
    @Operation(summary = "Delete a product, or archive it when it was ever ordered",
            description = "The owning seller or an administrator (another seller's product is not found). A product "
                    + "no order ever had is deleted with its pictures, stock log and cart lines (outcome DELETED); "
                    + "one that was ordered is archived (outcome ARCHIVED): taken off sale, out of the catalogue and "
                    + "of carts, still on its orders; its seller can put it back on sale with active=true.")
    @Answers.Invalid
    @Answers.Unauthenticated
    @Answers.Forbidden
    @Answers.NotFound
    DeletedProductResponse delete(@CurrentActor Actor actor, UUID id) {
        return new DeletedProductResponse(id, delete.delete(actor, new ProductId(id)).name());
    }

    /** @param outcome DELETED or ARCHIVED */
    @Serdeable
    record DeletedProductResponse(UUID id, @Schema(allowableValues = {"DELETED", "ARCHIVED"}) String outcome) {
    }

    /** A category picked by id is a field of the body: one that does not exist is a bad value, not a missing page. */
    private String categoryName(UUID categoryId) {
        try {
            return categories.get(new CategoryId(categoryId)).name();
        } catch (NotFoundException e) {
            throw new InvalidInputException("categoryId", "there is no category " + categoryId);
        }
    }
}
