package dev.conveyor.adapter.rest.returns;

import static dev.conveyor.adapter.rest.web.IdempotencyHeaders.IDEMPOTENCY_KEY;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.returns.ReturnRequests.OpenReturnRequest;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.IdempotencyHeaders;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.returns.port.in.ListOrderReturnsQuery;
import dev.conveyor.application.returns.port.in.OpenReturnUseCase;
import dev.conveyor.application.returns.port.in.OpenReturnUseCase.Opened;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.order.OrderId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/** An order's returns (RMA). */
@Controller("/api/orders/{id}/returns")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Returns")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
final class OrderReturnController {

    private final OpenReturnUseCase open;
    private final ListOrderReturnsQuery returns;

    OrderReturnController(OpenReturnUseCase open, ListOrderReturnsQuery returns) {
        this.open = open;
        this.returns = returns;
    }

    @RateLimited(RequestKind.WRITES)
    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Send back delivered units of the order's lines, with a reason per line",
            description = "The order's customer within the returns window after its last delivery "
                    + "(RETURN_WINDOW_CLOSED after), or the back office. Never more units of a line than were "
                    + "delivered, counting its other returns not rejected or cancelled (RETURN_EXCEEDS_DELIVERED). "
                    + "Idempotency-Key honoured.")
    @Status(HttpStatus.CREATED)
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    HttpResponse<ReturnResponse> open(@CurrentActor Actor actor, UUID id,
                                      @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
                                      @Body OpenReturnRequest request) {
        Opened opened = open.open(actor, new OrderId(id), request.toCommand(),
                IdempotencyKey.ofNullable(idempotencyKey));
        ReturnResponse body = ReturnResponse.of(opened.rma());
        return IdempotencyHeaders.created(body, "/api/returns/" + body.id(), opened.replayed());
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The order's returns, oldest first (its customer, staff, and sellers for their lines)",
            description = "A seller sees the returns holding their lines.")
    @Answers.Invalid
    @Answers.NotFound
    PageResponse<ReturnResponse> list(@CurrentActor Actor actor, UUID id,
                                      @Nullable @QueryValue @Schema(type = "integer") String page,
                                      @Nullable @QueryValue @Schema(type = "integer") String size) {
        return PageResponse.ofAll(returns.list(actor, new OrderId(id)), Inputs.page(page, size), ReturnResponse::of);
    }
}
