package dev.conveyor.adapter.rest.pricing;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.IdempotencyHeaders;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.pricing.port.in.CreateTaxCategoryUseCase;
import dev.conveyor.application.pricing.port.in.ListTaxCategoriesQuery;
import dev.conveyor.application.pricing.port.in.TaxCategoryCommand;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.pricing.NamedTaxCategory;
import dev.conveyor.domain.shared.Check;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Tax categories: administrators add them, staff read them. A category is never renamed nor removed:
 * products, rates and orders refer to its code.
 */
@Controller("/api/admin/tax-categories")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Pricing administration")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Invalid
@Answers.Unauthenticated
@Answers.Forbidden
@Answers.Unavailable
final class TaxCategoryController {

    private final CreateTaxCategoryUseCase create;
    private final ListTaxCategoriesQuery list;

    TaxCategoryController(CreateTaxCategoryUseCase create, ListTaxCategoriesQuery list) {
        this.create = create;
        this.list = list;
    }

    @RateLimited(RequestKind.WRITES)
    @Secured("ADMIN")
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a tax category",
            description = "Administrators. The code (lower-case letters, digits and dashes, starting with a letter; "
                    + "upper case is lowered) is what products (PUT /api/products/{id}/pricing), shipping methods "
                    + "and tax rates name; a taken code answers 409 TAX_CATEGORY_TAKEN. A category is taxed by "
                    + "the rates entered for it. Idempotency-Key honoured.")
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    HttpResponse<TaxCategoryResponse> create(@CurrentActor Actor actor,
                                             @Nullable @Header(IdempotencyHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
                                             @Body TaxCategoryRequest request) {
        var created = create.create(actor, Check.notNull("body", request).toCommand(),
                IdempotencyKey.ofNullable(idempotencyKey));
        MutableHttpResponse<TaxCategoryResponse> response = HttpResponse.<TaxCategoryResponse>status(HttpStatus.CREATED)
                .body(TaxCategoryResponse.of(created.value()));
        if (created.replayed()) {
            response.header(IdempotencyHeaders.IDEMPOTENT_REPLAYED, "true");
        }
        return response;
    }

    @Secured({"STAFF", "ADMIN"})
    @Get
    @Operation(summary = "The tax categories", description = "Staff and administrators: by code.")
    PageResponse<TaxCategoryResponse> list(@CurrentActor Actor actor,
                                           @Nullable @QueryValue @Schema(type = "integer") String page,
                                           @Nullable @QueryValue @Schema(type = "integer") String size) {
        return PageResponse.of(list.list(actor, Inputs.page(page, size)), TaxCategoryResponse::of);
    }

    @Serdeable
    record TaxCategoryRequest(@Nullable @Schema(example = "luxury") String code,
                              @Nullable @Schema(example = "Luxury goods") String name) implements JsonRequest {

        TaxCategoryCommand toCommand() {
            return new TaxCategoryCommand(code, name);
        }
    }

    @Serdeable
    record TaxCategoryResponse(@Schema(example = "reduced") String code, @Schema(example = "Reduced rate") String name) {

        static TaxCategoryResponse of(NamedTaxCategory category) {
            return new TaxCategoryResponse(category.category().code(), category.name());
        }
    }
}
