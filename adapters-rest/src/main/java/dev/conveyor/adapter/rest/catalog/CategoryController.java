package dev.conveyor.adapter.rest.catalog;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.catalog.port.in.CreateCategoryUseCase;
import dev.conveyor.application.catalog.port.in.DeleteCategoryUseCase;
import dev.conveyor.application.catalog.port.in.ListCategoriesQuery;
import dev.conveyor.application.catalog.port.in.UpdateCategoryUseCase;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.Category;
import dev.conveyor.domain.catalog.CategoryId;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/categories")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Categories")
@Answers.Unavailable
final class CategoryController {

    private final ListCategoriesQuery list;
    private final CreateCategoryUseCase create;
    private final UpdateCategoryUseCase update;
    private final DeleteCategoryUseCase delete;

    CategoryController(ListCategoriesQuery list, CreateCategoryUseCase create, UpdateCategoryUseCase update,
                       DeleteCategoryUseCase delete) {
        this.list = list;
        this.create = create;
        this.update = update;
        this.delete = delete;
    }

    @RateLimited(RequestKind.SEARCH)
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Every category, by name",
            description = "For anyone: the shop's navigation and the product form's list. A sub-category names its "
                    + "parent; categories nest one level deep.")
    List<CategoryResponse> categories() {
        return list.list().stream().map(CategoryResponse::of).toList();
    }

    @RateLimited(RequestKind.WRITES)
    @Post
    @Secured("ADMIN")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "cookie")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create a category",
            description = "Administrators. The slug is derived from the name when absent; a parent must be a "
                    + "top-level category. 409 CATEGORY_TAKEN when the name or the slug is another's.")
    @Answers.Invalid
    @Answers.Unauthenticated
    @Answers.Forbidden
    @Answers.Conflict
    @Answers.JsonBody
    HttpResponse<CategoryResponse> create(@CurrentActor Actor actor, @Body CategoryRequest request) {
        Category category = create.create(actor, request.toCommand());
        return HttpResponse.created(CategoryResponse.of(category), URI.create("/api/categories/" + category.id()));
    }

    @RateLimited(RequestKind.WRITES)
    @Put("/{id}")
    @Secured("ADMIN")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "cookie")
    @Operation(summary = "Rename, re-address or move a category",
            description = "Administrators; the body replaces name, slug and parent. Its products take a new name "
                    + "(each announced as a product:updated event).")
    @Answers.Invalid
    @Answers.Unauthenticated
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.JsonBody
    CategoryResponse update(@CurrentActor Actor actor, UUID id, @Body CategoryRequest request) {
        return CategoryResponse.of(update.update(actor, new CategoryId(id), request.toCommand()));
    }

    @RateLimited(RequestKind.WRITES)
    @Delete("/{id}")
    @Secured("ADMIN")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "cookie")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a category no product and no sub-category refers to",
            description = "Administrators. 409 CATEGORY_IN_USE, naming the category and how many products it "
                    + "still has, otherwise.")
    @Answers.Invalid
    @Answers.Unauthenticated
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    void delete(@CurrentActor Actor actor, UUID id) {
        delete.delete(actor, new CategoryId(id));
    }
}
