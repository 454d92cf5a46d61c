package dev.conveyor.adapter.rest.returns;

import static dev.conveyor.adapter.rest.web.IdempotencyHeaders.IDEMPOTENCY_KEY;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.returns.ReturnRequests.ReceiveReturnRequest;
import dev.conveyor.adapter.rest.returns.ReturnRequests.RefundReturnRequest;
import dev.conveyor.adapter.rest.returns.ReturnRequests.RejectReturnRequest;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.returns.port.in.ApproveReturnUseCase;
import dev.conveyor.application.returns.port.in.CancelReturnUseCase;
import dev.conveyor.application.returns.port.in.GetReturnQuery;
import dev.conveyor.application.returns.port.in.ListReturnsQuery;
import dev.conveyor.application.returns.port.in.ReceiveReturnUseCase;
import dev.conveyor.application.returns.port.in.RefundReturnUseCase;
import dev.conveyor.application.returns.port.in.RejectReturnUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.returns.ReturnId;
import dev.conveyor.domain.returns.ReturnStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/** Returns (RMA): one return, its moves through the state machine, and the back office's list. */
@Controller("/api/returns")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Returns")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
final class ReturnController {

    private final GetReturnQuery get;
    private final ListReturnsQuery list;
    private final ApproveReturnUseCase approve;
    private final RejectReturnUseCase reject;
    private final ReceiveReturnUseCase receive;
    private final RefundReturnUseCase refund;
    private final CancelReturnUseCase cancel;

    @SuppressWarnings("java:S107")
    ReturnController(GetReturnQuery get, ListReturnsQuery list, ApproveReturnUseCase approve,
                     RejectReturnUseCase reject, ReceiveReturnUseCase receive, RefundReturnUseCase refund,
                     CancelReturnUseCase cancel) {
        this.get = get;
        this.list = list;
        this.approve = approve;
        this.reject = reject;
        this.receive = receive;
        this.refund = refund;
        this.cancel = cancel;
    }

    @Get
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "Every return, or those in one status, oldest first (back office)",
            description = "Paged; status is one of REQUESTED, APPROVED, REJECTED, RECEIVED, REFUNDED, CANCELLED.")
    @Answers.Invalid
    @Answers.Forbidden
    PageResponse<ReturnResponse> returns(@CurrentActor Actor actor,
                                         @Nullable @QueryValue @Schema(type = "string", allowableValues = {"REQUESTED",
                                                 "APPROVED", "REJECTED", "RECEIVED", "REFUNDED", "CANCELLED"})
                                         String status,
                                         @Nullable @QueryValue @Schema(type = "integer") String page,
                                         @Nullable @QueryValue @Schema(type = "integer") String size) {
        return PageResponse.of(list.list(actor, Inputs.optionalEnum("status", status, ReturnStatus.class),
                Inputs.page(page, size)), ReturnResponse::of);
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One return",
            description = "The order's customer, the back office, and sellers whose lines it holds.")
    @Answers.Invalid
    @Answers.NotFound
    ReturnResponse rma(@CurrentActor Actor actor, UUID id) {
        return ReturnResponse.of(get.get(actor, new ReturnId(id)));
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/{id}/approve")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "Accept a requested return",
            description = "REQUESTED to APPROVED: the customer may send the units. Anything else is 409.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    ReturnResponse approve(@CurrentActor Actor actor, UUID id) {
        return ReturnResponse.of(approve.approve(actor, new ReturnId(id)));
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/{id}/reject")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "Turn a requested return down, saying why",
            description = "REQUESTED to REJECTED with a reason (at most 500 characters); its units may be returned "
                    + "again.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.JsonBody
    ReturnResponse reject(@CurrentActor Actor actor, UUID id, @Body RejectReturnRequest request) {
        return ReturnResponse.of(reject.reject(actor, new ReturnId(id), request.reason()));
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/{id}/receive")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "Record that an approved return arrived, with a disposition per line",
            description = "RESTOCK puts the units back on hand (a recorded stock adjustment); WRITE_OFF does not.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.JsonBody
    ReturnResponse receive(@CurrentActor Actor actor, UUID id, @Body ReceiveReturnRequest request) {
        return ReturnResponse.of(receive.receive(actor, new ReturnId(id), request.toCommand()));
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/{id}/refund")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "Refund a received return by its lines (and the shipping charge if asked)",
            description = "The order's refund by lines: one credit note, whose id the return keeps. "
                    + "Idempotency-Key passed to the refund's gateways.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    ReturnResponse refund(@CurrentActor Actor actor, UUID id,
                          @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
                          @Body RefundReturnRequest request) {
        return ReturnResponse.of(refund.refund(actor, new ReturnId(id), Boolean.TRUE.equals(request.shipping()),
                IdempotencyKey.ofNullable(idempotencyKey)));
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/{id}/cancel")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Withdraw a return not yet received",
            description = "REQUESTED or APPROVED to CANCELLED, by its customer or the back office; its units may be "
                    + "returned again.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    ReturnResponse cancel(@CurrentActor Actor actor, UUID id) {
        return ReturnResponse.of(cancel.cancel(actor, new ReturnId(id)));
    }
}
