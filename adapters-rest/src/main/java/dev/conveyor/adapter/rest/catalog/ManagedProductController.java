package dev.conveyor.adapter.rest.catalog;

import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.application.catalog.port.in.ListProductsQuery;
import dev.conveyor.application.shared.Actor;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/manage/products")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Products")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
@Answers.Forbidden
final class ManagedProductController {

    private final ListProductsQuery list;
    private final ProductViews views;

    ManagedProductController(ListProductsQuery list, ProductViews views) {
        this.list = list;
        this.views = views;
    }

    @Get
    @Secured({"SELLER", "STAFF", "ADMIN"})
    @Operation(summary = "Products to manage, inactive ones included: a seller's own, or all for the back office",
            description = "Sellers see their own products, staff and administrators all of them, active or not. Not "
                    + "cached: those who manage products see their changes at once.")
    @Answers.Invalid
    PageResponse<ProductResponse> managed(@CurrentActor Actor actor, @RequestBean ProductListParameters parameters) {
        return views.page(list.managed(actor, parameters.filter(), parameters.pageRequest()));
    }
}
