package dev.conveyor.adapter.rest.seller;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.order.OrderMapper;
import dev.conveyor.adapter.rest.order.OrderResponse;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.application.seller.port.in.GetSellerStatsQuery.SellerStats;
import dev.conveyor.application.seller.port.in.GetSellerStatsQuery;
import dev.conveyor.application.seller.port.in.ListSellerOrdersQuery.SellerOrdersFilter;
import dev.conveyor.application.seller.port.in.ListSellerOrdersQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.LineStage;
import dev.conveyor.domain.order.OrderStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a seller sees of the orders holding their products: only their own lines. */
@Controller("/api/seller")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Seller")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
@Answers.Forbidden
final class SellerController {

    private final ListSellerOrdersQuery list;
    private final GetSellerStatsQuery stats;
    private final OrderMapper orders;

    SellerController(ListSellerOrdersQuery list, GetSellerStatsQuery stats, OrderMapper orders) {
        this.list = list;
        this.stats = stats;
        this.orders = orders;
    }

    @Get("/orders")
    @Secured("SELLER")
    @Operation(summary = "Orders holding the caller's products, newest first, each with only the caller's lines "
            + "and their total",
            description = "Orders holding the calling seller's products, cut to their lines.")
    @Answers.Invalid
    PageResponse<OrderResponse> orders(@CurrentActor Actor actor,
                                       @Nullable @QueryValue
                                       @ArraySchema(schema = @Schema(implementation = OrderStatus.class))
                                       List<String> status,
                                       @Nullable @QueryValue
                                       @ArraySchema(schema = @Schema(implementation = LineStage.class))
                                       List<String> stage,
                                       @Nullable @QueryValue @Schema(type = "integer") String page,
                                       @Nullable @QueryValue @Schema(type = "integer") String size) {
        SellerOrdersFilter filter = new SellerOrdersFilter(Inputs.enumValues("status", status, OrderStatus.class),
                Inputs.enumValues("stage", stage, LineStage.class));
        return PageResponse.of(list.list(actor, filter, Inputs.page(page, size)), orders::toResponse);
    }

    @Get("/stats")
    @Secured("SELLER")
    @Operation(summary = "The caller's dashboard: orders holding their products, their lines per stage",
            description = "The calling seller's counters: orders, and their lines by stage.")
    SellerStatsResponse stats(@CurrentActor Actor actor) {
        SellerStats counted = stats.stats(actor);
        Map<String, Long> lines = new LinkedHashMap<>();
        counted.lines().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> lines.put(entry.getKey().name(), entry.getValue()));
        return new SellerStatsResponse(counted.orders(), lines);
    }
}
