package dev.conveyor.adapter.rest.catalog;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.catalog.port.in.AdjustStockUseCase;
import dev.conveyor.application.catalog.port.in.ListStockAdjustmentsQuery;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ProductId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

@Controller("/api/products/{id}/stock-adjustments")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Stock")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
@Answers.Forbidden
final class StockAdjustmentController {

    private final AdjustStockUseCase adjust;
    private final ListStockAdjustmentsQuery history;
    private final ProductMapper products;

    StockAdjustmentController(AdjustStockUseCase adjust, ListStockAdjustmentsQuery history,
                              ProductMapper products) {
        this.adjust = adjust;
        this.history = history;
        this.products = products;
    }

    @RateLimited(RequestKind.WRITES)
    @Post
    @Secured({"SELLER", "STAFF", "ADMIN"})
    @Operation(summary = "Restock, or correct the units on hand after a count",
            description = "A restock or a correction of the units on hand, recorded with who and why. The owning "
                    + "seller, staff or administrators; on hand never drops below what open orders hold.")
    @Status(HttpStatus.CREATED)
    @Answers.Invalid
    @Answers.NotFound
    @Answers.Conflict
    @Answers.JsonBody
    HttpResponse<StockAdjustmentResponse> adjust(@CurrentActor Actor actor, UUID id, @Body StockAdjustmentRequest request) {
        return HttpResponse.created(products.toResponse(adjust.adjust(actor, new ProductId(id), request.toRequest())));
    }

    @Get
    @Secured({"SELLER", "STAFF", "ADMIN"})
    @Operation(summary = "The stock history of a product, newest first",
            description = "Newest first: who changed the units on hand, by how much and why.")
    @Answers.Invalid
    @Answers.NotFound
    PageResponse<StockAdjustmentResponse> history(@CurrentActor Actor actor, UUID id,
                                                  @Nullable @QueryValue @Schema(type = "integer") String page,
                                                  @Nullable @QueryValue @Schema(type = "integer") String size) {
        return PageResponse.of(history.list(actor, new ProductId(id), Inputs.page(page, size)),
                products::toResponse);
    }
}
