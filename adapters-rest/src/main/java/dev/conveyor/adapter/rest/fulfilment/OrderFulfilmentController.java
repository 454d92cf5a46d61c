package dev.conveyor.adapter.rest.fulfilment;

import static dev.conveyor.adapter.rest.web.IdempotencyHeaders.IDEMPOTENCY_KEY;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.fulfilment.FulfilmentRequests.CreateDeliveryRequest;
import dev.conveyor.adapter.rest.fulfilment.FulfilmentRequests.RecordPaymentRequest;
import dev.conveyor.adapter.rest.fulfilment.FulfilmentRequests.RefundOrderRequest;
import dev.conveyor.adapter.rest.fulfilment.FulfilmentResponses.CardPaymentResponse;
import dev.conveyor.adapter.rest.fulfilment.FulfilmentResponses.OrderRefundResponse;
import dev.conveyor.adapter.rest.fulfilment.FulfilmentResponses.ProgressResponse;
import dev.conveyor.adapter.rest.fulfilment.FulfilmentResponses.RemainingResponse;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.IdempotencyHeaders;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase.CreatedDelivery;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase;
import dev.conveyor.application.fulfilment.port.in.GetOrderProgressQuery;
import dev.conveyor.application.fulfilment.port.in.GetOrderRemainingQuery;
import dev.conveyor.application.fulfilment.port.in.ListDeliveriesQuery;
import dev.conveyor.application.fulfilment.port.in.ListInvoicesQuery;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.payments.port.in.GetPaymentLedgerQuery;
import dev.conveyor.application.payments.port.in.ListCreditNotesQuery;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordedPayment;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase.Refunded;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase;
import dev.conveyor.application.payments.port.in.StartCardPaymentUseCase;
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
import java.util.List;
import java.util.UUID;

/** An order's deliveries, fulfilment progress, invoices and payments. */
@Controller("/api/orders/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Fulfilment")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
final class OrderFulfilmentController {

    private final CreateDeliveryUseCase createDelivery;
    private final ListDeliveriesQuery deliveries;
    private final GetOrderRemainingQuery remaining;
    private final GetOrderProgressQuery progress;
    private final ListInvoicesQuery invoices;
    private final GetPaymentLedgerQuery ledger;
    private final RecordPaymentUseCase recordPayment;
    private final StartCardPaymentUseCase startCardPayment;
    private final ListCreditNotesQuery creditNotes;
    private final RefundOrderUseCase refundOrder;
    private final FulfilmentMapper mapper;

    @SuppressWarnings("java:S107")
    OrderFulfilmentController(CreateDeliveryUseCase createDelivery, ListDeliveriesQuery deliveries,
                              GetOrderRemainingQuery remaining, GetOrderProgressQuery progress,
                              ListInvoicesQuery invoices, GetPaymentLedgerQuery ledger,
                              RecordPaymentUseCase recordPayment, StartCardPaymentUseCase startCardPayment,
                              ListCreditNotesQuery creditNotes, RefundOrderUseCase refundOrder,
                              FulfilmentMapper mapper) {
        this.createDelivery = createDelivery;
        this.deliveries = deliveries;
        this.remaining = remaining;
        this.progress = progress;
        this.invoices = invoices;
        this.ledger = ledger;
        this.recordPayment = recordPayment;
        this.startCardPayment = startCardPayment;
        this.creditNotes = creditNotes;
        this.refundOrder = refundOrder;
        this.mapper = mapper;
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/deliveries")
    @Secured({"STAFF", "ADMIN", "SELLER"})
    @Operation(summary = "Deliver some units of some lines (all that remains when no lines are given)",
            description = "Each line at most what remains of it; concurrent requests never deliver more than was "
                    + "ordered. The first delivery of a confirmed order starts its processing. Idempotency-Key "
                    + "honoured.")
    @Status(HttpStatus.CREATED)
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    HttpResponse<DeliveryResponse> createDelivery(@CurrentActor Actor actor, UUID id,
                                                  @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
                                                  @Nullable @Body CreateDeliveryRequest request) {
        CreateDeliveryRequest body = request == null ? new CreateDeliveryRequest(null, null, null) : request;
        CreatedDelivery created = createDelivery.create(actor, new OrderId(id), body.toCommand(),
                IdempotencyKey.ofNullable(idempotencyKey));
        return IdempotencyHeaders.created(mapper.toResponse(created.delivery()),
                "/api/deliveries/" + created.delivery().id(), created.replayed());
    }

    @Get("/deliveries")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The order's deliveries, oldest first (a seller's: those with their lines)",
            description = "Oldest first; a seller sees the deliveries holding their lines.")
    @Answers.Invalid
    @Answers.NotFound
    PageResponse<DeliveryResponse> deliveries(@CurrentActor Actor actor, UUID id,
                                              @Nullable @QueryValue @Schema(type = "integer") String page,
                                              @Nullable @QueryValue @Schema(type = "integer") String size) {
        return PageResponse.ofAll(deliveries.list(actor, new OrderId(id)), Inputs.page(page, size),
                mapper::toResponse);
    }

    @Get("/remaining")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Per line: ordered, cancelled, in unshipped deliveries, shipped, delivered, remaining",
            description = "Per line (a seller: per own line): ordered, cancelled, in pending deliveries, shipped, "
                    + "delivered and what remains to ship.")
    @Answers.Invalid
    @Answers.NotFound
    RemainingResponse remaining(@CurrentActor Actor actor, UUID id) {
        return mapper.toResponse(remaining.remaining(actor, new OrderId(id)));
    }

    @Get("/progress")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Delivered percentage and the fulfilment status",
            description = "Delivered units as a whole percentage of the units still expected, with the three status "
                    + "axes.")
    @Answers.Invalid
    @Answers.NotFound
    ProgressResponse progress(@CurrentActor Actor actor, UUID id) {
        return mapper.toResponse(progress.progress(actor, new OrderId(id)));
    }

    @Get("/invoices")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The order's invoices, oldest first (its customer and staff)",
            description = "Oldest first. The order's customer and the back office; sellers are refused.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    PageResponse<InvoiceResponse> invoices(@CurrentActor Actor actor, UUID id,
                                           @Nullable @QueryValue @Schema(type = "integer") String page,
                                           @Nullable @QueryValue @Schema(type = "integer") String size) {
        return PageResponse.ofAll(invoices.list(actor, new OrderId(id)), Inputs.page(page, size),
                mapper::toResponse);
    }

    @Get("/payments")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The payment ledger: entries, totals, balance and payment status (its customer and staff)",
            description = "Payments and refunds, what is due, paid, refunded and outstanding, and the card payment "
                    + "attempts. The order's customer and the back office.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    LedgerResponse ledger(@CurrentActor Actor actor, UUID id) {
        return mapper.toResponse(ledger.ledger(actor, new OrderId(id)));
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/payments")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "Record money received by hand (CASH, BANK_TRANSFER, CASH_ON_DELIVERY)",
            description = "On an invoice, or without invoiceId as an advance. Idempotency-Key honoured.")
    @Status(HttpStatus.CREATED)
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    HttpResponse<PaymentResponse> recordPayment(@CurrentActor Actor actor, UUID id,
                                                @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
                                                @Body RecordPaymentRequest request) {
        RecordedPayment recorded = recordPayment.record(actor, new OrderId(id), request.toCommand(),
                IdempotencyKey.ofNullable(idempotencyKey));
        return IdempotencyHeaders.created(mapper.toResponse(recorded.payment()), "/api/orders/" + id + "/payments",
                recorded.replayed());
    }

    @RateLimited(RequestKind.PAYMENT_INTENTS)
    @Post("/payment-intents")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Open a card payment for the order's balance; answers the client secret for Stripe.js",
            description = "The order's customer or staff. Idempotency-Key honoured: the same key answers the same "
                    + "payment.")
    @Status(HttpStatus.CREATED)
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.Unprocessable
    HttpResponse<CardPaymentResponse> startCardPayment(@CurrentActor Actor actor, UUID id,
                                                       @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey) {
        CardPaymentResponse started = mapper.toResponse(startCardPayment.start(actor, new OrderId(id),
                IdempotencyKey.ofNullable(idempotencyKey)));
        return IdempotencyHeaders.created(started, "/api/orders/" + id + "/payments", false);
    }

    @Get("/credit-notes")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The order's credit notes, oldest first (its customer, staff, and sellers for their lines)",
            description = "Oldest first. The order's customer and the back office see them whole; a seller sees the "
                    + "notes giving back their lines, cut to those lines.")
    @Answers.Invalid
    @Answers.NotFound
    PageResponse<CreditNoteResponse> creditNotes(@CurrentActor Actor actor, UUID id,
                                                 @Nullable @QueryValue @Schema(type = "integer") String page,
                                                 @Nullable @QueryValue @Schema(type = "integer") String size) {
        return PageResponse.ofAll(creditNotes.list(actor, new OrderId(id)), Inputs.page(page, size),
                mapper::toResponse);
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/refunds")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "Give back an amount, or units of lines and the shipping charge; issues a credit note",
            description = "Either amountMinor (in the order's currency) or lines and/or shipping. Paid back through "
                    + "the gateways that took the order's payments, the most recent payment first; never more than "
                    + "was paid per order, nor than a line's discounted gross per line. An amount gives back first "
                    + "what was paid beyond what the order is due (the order's `refundable`, after an edit or a "
                    + "cancellation lowered it), without a credit note, since that money paid for no goods; the rest "
                    + "is goodwill with a credit note. Answers the credit note (null when none was needed; "
                    + "Location then names the order's payments) and the refund entries. Idempotency-Key honoured.")
    @Status(HttpStatus.CREATED)
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    HttpResponse<OrderRefundResponse> refund(@CurrentActor Actor actor, UUID id,
                                             @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
                                             @Body RefundOrderRequest request) {
        Refunded refunded = refundOrder.refund(actor, new OrderId(id), request.toCommand(),
                IdempotencyKey.ofNullable(idempotencyKey));
        CreditNoteResponse note = refunded.creditNote() == null ? null : mapper.toResponse(refunded.creditNote());
        OrderRefundResponse body = new OrderRefundResponse(note,
                refunded.refunds().stream().map(mapper::toResponse).toList());
        String location = note == null ? "/api/orders/" + id + "/payments" : "/api/credit-notes/" + note.id();
        return IdempotencyHeaders.created(body, location, refunded.replayed());
    }
}
