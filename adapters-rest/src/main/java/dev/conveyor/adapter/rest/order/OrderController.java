package dev.conveyor.adapter.rest.order;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.IdempotencyHeaders;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.fulfilment.port.in.StatusShortcutUseCase;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.ordering.port.in.CancelOrderLinesUseCase.CancelledLines;
import dev.conveyor.application.ordering.port.in.CancelOrderLinesUseCase;
import dev.conveyor.application.ordering.port.in.CancelOrderUseCase;
import dev.conveyor.application.ordering.port.in.ChangeOrderStatusUseCase;
import dev.conveyor.application.ordering.port.in.EditOrderUseCase.EditedOrder;
import dev.conveyor.application.ordering.port.in.EditOrderUseCase;
import dev.conveyor.application.ordering.port.in.ListMyOrdersQuery.MyOrdersFilter;
import dev.conveyor.application.ordering.port.in.ListMyOrdersQuery;
import dev.conveyor.application.ordering.port.in.ListOrderEditsQuery;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase.PlacedOrder;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Orders' routes but one: an order's own read is {@link OrderReadController}'s, which blocks only on a miss. */
@Controller("/api/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Orders")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
final class OrderController {

    static final String IDEMPOTENCY_KEY = IdempotencyHeaders.IDEMPOTENCY_KEY;
    static final String IDEMPOTENT_REPLAYED = IdempotencyHeaders.IDEMPOTENT_REPLAYED;

    private final PlaceOrderUseCase place;
    private final ListMyOrdersQuery list;
    private final CancelOrderUseCase cancel;
    private final CancelOrderLinesUseCase cancelLines;
    private final ChangeOrderStatusUseCase changeStatus;
    private final StatusShortcutUseCase statusShortcut;
    private final EditOrderUseCase editOrder;
    private final ListOrderEditsQuery listEdits;
    private final OrderMapper orders;
    private final PlacementLimit placementLimit;

    @SuppressWarnings("java:S107")
    OrderController(PlaceOrderUseCase place, ListMyOrdersQuery list, CancelOrderUseCase cancel,
                    CancelOrderLinesUseCase cancelLines, ChangeOrderStatusUseCase changeStatus,
                    StatusShortcutUseCase statusShortcut, EditOrderUseCase editOrder, ListOrderEditsQuery listEdits,
                    OrderMapper orders, PlacementLimit placementLimit) {
        this.place = place;
        this.list = list;
        this.cancel = cancel;
        this.cancelLines = cancelLines;
        this.changeStatus = changeStatus;
        this.statusShortcut = statusShortcut;
        this.editOrder = editOrder;
        this.listEdits = listEdits;
        this.orders = orders;
        this.placementLimit = placementLimit;
    }

    @RateLimited(RequestKind.ORDERS)
    @Post
    @Secured("CUSTOMER")
    @Operation(summary = "Place an order: reserves the stock of every line, all or nothing",
            description = "With an Idempotency-Key header, repeating the request returns the order the first one "
                    + "created, with Idempotent-Replayed: true. Each server instance places a limited number of "
                    + "orders at once; the others wait their turn, and one that waited too long is answered 503 "
                    + "PLACEMENT_BUSY, having done nothing (send it again, with the same Idempotency-Key).")
    @Status(HttpStatus.CREATED)
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    @Answers.UnavailableOrBusy
    HttpResponse<OrderResponse> place(@CurrentActor Actor actor, @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
                                      @Body PlaceOrderRequest request) {
        IdempotencyKey key = IdempotencyKey.ofNullable(idempotencyKey);
        PlaceOrderCommand command = request.toCommand();
        PlacedOrder placed = placementLimit.place(() -> place.place(actor, command, key));
        MutableHttpResponse<OrderResponse> response = HttpResponse.created(orders.toResponse(placed.order()),
                URI.create("/api/orders/" + placed.order().id()));
        if (placed.replayed()) {
            response.header(IDEMPOTENT_REPLAYED, "true");
        }
        return response;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The caller's own orders, newest first",
            description = "Filtered by status, or by view: current (neither completed nor cancelled) or history.")
    @Answers.Invalid
    PageResponse<OrderResponse> mine(@CurrentActor Actor actor,
                                     @Nullable @QueryValue
                                     @ArraySchema(schema = @Schema(implementation = OrderStatus.class))
                                     List<String> status,
                                     @Nullable @QueryValue @Schema(type = "string", allowableValues = {"all", "current", "history"})
                                     String view,
                                     @Nullable @QueryValue @Schema(type = "integer") String page,
                                     @Nullable @QueryValue @Schema(type = "integer") String size) {
        MyOrdersFilter filter = new MyOrdersFilter(Inputs.enumValues("status", status, OrderStatus.class),
                Inputs.optionalEnum("view", view, MyOrdersFilter.View.class));
        return PageResponse.of(list.list(actor, filter, Inputs.page(page, size)), orders::toResponse);
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/{id}/cancel")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Cancel an order: its customer inside the cancellation window, staff until it ships",
            description = "Releases the reserved stock, stops pending deliveries and refunds what was paid.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.JsonBody
    OrderResponse cancel(@CurrentActor Actor actor, UUID id, @Nullable @Body CancelOrderRequest request) {
        return orders.toResponse(cancel.cancel(actor, new OrderId(id), request == null ? null : request.reason()));
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/{id}/cancel-lines")
    @Secured({"STAFF", "ADMIN", "SELLER"})
    @Operation(summary = "Cancel what remains of some lines (all that remains when no lines are given)",
            description = "Staff, or a seller for their own lines, cancel units no delivery holds yet; their stock is "
                    + "released and the amount due falls. Units in a delivery that has not shipped are not remaining "
                    + "(409 QUANTITY_EXCEEDS_REMAINING: cancel that delivery first). When no unit is expected any "
                    + "more, the order is cancelled and what was paid is refunded. With If-Match (the ETag of "
                    + "GET /api/orders/{id}) an order changed since answers 409 STALE_VERSION. Idempotency-Key "
                    + "honoured.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    HttpResponse<OrderResponse> cancelLines(@CurrentActor Actor actor, UUID id,
                                            @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
                                            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                            @Nullable @Body CancelLinesRequest request) {
        CancelLinesRequest body = request == null ? new CancelLinesRequest(null, null) : request;
        CancelledLines cancelled = cancelLines.cancelLines(actor, new OrderId(id),
                body.toCommand(OrderVersions.fromIfMatch(ifMatch)),
                IdempotencyKey.ofNullable(idempotencyKey));
        MutableHttpResponse<OrderResponse> response = HttpResponse.ok(orders.toResponse(cancelled.order()));
        if (cancelled.replayed()) {
            response.header(IDEMPOTENT_REPLAYED, "true");
        }
        return response;
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/{id}/edits")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Edit an order before shipment: quantities, lines, shipping address or method, in one go",
            description = "Staff and administrators edit any open order, its customer only while it is PENDING "
                    + "(sellers: 403). If-Match (the ETag of GET /api/orders/{id}) is required: without it 428 "
                    + "PRECONDITION_REQUIRED, an order changed since 409 STALE_VERSION. Stock is reserved and "
                    + "released in the edit's transaction (409 OUT_OF_STOCK naming the change). A line cannot order "
                    + "fewer units than it shipped, holds in a pending delivery or cancelled (409 "
                    + "QUANTITY_BELOW_FULFILLED naming the change), a line with shipped or allocated units cannot be "
                    + "removed (409 LINE_IN_FULFILMENT), the address and method change only while nothing shipped "
                    + "(409 ORDER_SHIPPED). The order is re-priced with its copied rates; the answer is the order "
                    + "with its new ETag, whose balanceDue or refundable shows what the edit changed. "
                    + "Idempotency-Key honoured.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.PreconditionRequired
    @Answers.JsonBody
    HttpResponse<OrderResponse> edit(@CurrentActor Actor actor, UUID id,
                                     @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
                                     @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                     @Body EditOrderRequest request) {
        EditedOrder edited = editOrder.edit(actor, new OrderId(id),
                request.toCommand(OrderVersions.requiredFromIfMatch(ifMatch)),
                IdempotencyKey.ofNullable(idempotencyKey));
        OrderResponse order = orders.toResponse(edited.order());
        MutableHttpResponse<OrderResponse> response = HttpResponse.ok(order)
                .header(HttpHeaders.ETAG, OrderVersions.etag(order.version()));
        if (edited.replayed()) {
            response.header(IDEMPOTENT_REPLAYED, "true");
        }
        return response;
    }

    @Get("/{id}/edits")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The order's edits, oldest first: who, when, what changed, totals before and after",
            description = "The order's customer and the back office see them whole; a seller of the order sees the "
                    + "edits that changed their lines, cut to those changes and without totals (partial); anyone "
                    + "else gets 404.")
    @Answers.Invalid
    @Answers.NotFound
    PageResponse<OrderEditResponse> edits(@CurrentActor Actor actor, UUID id,
                                          @Nullable @QueryValue @Schema(type = "integer") String page,
                                          @Nullable @QueryValue @Schema(type = "integer") String size) {
        ListOrderEditsQuery.Edits edits = listEdits.list(actor, new OrderId(id), Inputs.page(page, size));
        return PageResponse.of(edits.edits(), edit -> OrderEditResponse.of(edit, edits.partial()));
    }

    @RateLimited(RequestKind.WRITES)
    @Patch("/{id}/status")
    @Secured({"STAFF", "ADMIN", "SELLER"})
    @Operation(summary = "Set the status by hand (PROCESSING or CANCELLED)",
            description = "SHIPPED or DELIVERED ship (and deliver) everything that remains in one delivery, through "
                    + "the same rules as any delivery.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.JsonBody
    OrderResponse changeStatus(@CurrentActor Actor actor, UUID id, @Body ChangeOrderStatusRequest request) {
        StatusShortcutUseCase.Shortcut shortcut = request.toShortcut();
        if (shortcut != null) {
            return orders.toResponse(statusShortcut.apply(actor, new OrderId(id), shortcut));
        }
        return orders.toResponse(changeStatus.changeStatus(actor, new OrderId(id), request.toStatus(),
                request.reason()));
    }
}
