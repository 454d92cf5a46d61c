package dev.conveyor.adapter.rest.catalog;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.application.common.Actor;
import dev.conveyor.application.port.in.ListProductsQuery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/manage/products")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Products")
@SecurityRequirement(name = "bearer")
final class ManagedProductController {

    private final ListProductsQuery list;
    private final ProductMapper products;

    ManagedProductController(ListProductsQuery list, ProductMapper products) {
        this.list = list;
        this.products = products;
    }

    @Get
    @Secured({"SELLER", "STAFF", "ADMIN"})
    @Operation(summary = "Products to manage, inactive ones included: a seller's own, or all for the back office")
    PageResponse<ProductResponse> managed(@CurrentActor Actor actor, @Nullable @QueryValue String q,
                                          @Nullable @QueryValue String category,
                                          @Nullable @QueryValue
                                          @Schema(type = "string", allowableValues = {"name", "price", "createdAt", "sku"})
                                          String sort,
                                          @Nullable @QueryValue @Schema(type = "string", allowableValues = {"asc", "desc"})
                                          String direction,
                                          @Nullable @QueryValue @Schema(type = "integer") String page,
                                          @Nullable @QueryValue @Schema(type = "integer") String size) {
        return PageResponse.of(list.managed(actor, ProductFilters.of(q, category, sort, direction),
                Inputs.page(page, size)), products::toResponse);
    }
}
