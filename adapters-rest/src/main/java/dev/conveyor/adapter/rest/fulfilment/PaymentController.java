package dev.conveyor.adapter.rest.fulfilment;

import static dev.conveyor.adapter.rest.web.IdempotencyHeaders.IDEMPOTENCY_KEY;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.fulfilment.FulfilmentRequests.RefundRequest;
import dev.conveyor.adapter.rest.fulfilment.FulfilmentResponses.PaymentOptionsResponse;
import dev.conveyor.adapter.rest.web.CardPayments;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.IdempotencyHeaders;
import dev.conveyor.adapter.rest.web.JsonTexts;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.payments.port.in.HandlePaymentWebhookUseCase;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordedPayment;
import dev.conveyor.application.payments.port.in.RefundPaymentUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.payment.PaymentId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

@Controller("/api/payments")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Payments")
@Answers.Unavailable
final class PaymentController {

    static final String STRIPE_SIGNATURE = "Stripe-Signature";

    private final RefundPaymentUseCase refund;
    private final HandlePaymentWebhookUseCase webhooks;
    private final FulfilmentMapper mapper;
    private final CardPayments cards;

    PaymentController(RefundPaymentUseCase refund, HandlePaymentWebhookUseCase webhooks, FulfilmentMapper mapper,
                      CardPayments cards) {
        this.refund = refund;
        this.webhooks = webhooks;
        this.mapper = mapper;
        this.cards = cards;
    }

    /**
     * Public: the publishable key is meant for browsers, and a visitor's cart page may ask before signing in.
     * Not rate limited: a constant answer from memory.
     */
    @Get("/options")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "How customers may pay: manual methods always, cards when Stripe is configured",
            description = "card is true, with Stripe's publishable key for Stripe.js, only when Stripe is enabled "
                    + "and CONVEYOR_PAYMENTS_STRIPE_PUBLISHABLE_KEY is set; then a card payment is opened with "
                    + "POST /api/orders/{id}/payment-intents.")
    PaymentOptionsResponse options() {
        return new PaymentOptionsResponse(cards.offered(), cards.publishableKey().orElse(null));
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/{id}/refunds")
    @Secured({"STAFF", "ADMIN"})
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "cookie")
    @Operation(summary = "Give money back from a payment, through the gateway that took it",
            description = "Without an amount, everything the payment can still give back. The part that pays back "
                    + "goods comes with a goodwill credit note (GET /api/orders/{id}/credit-notes); an overpayment "
                    + "needs none. Idempotency-Key honoured.")
    @Status(HttpStatus.CREATED)
    @Answers.Invalid
    @Answers.Unauthenticated
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    HttpResponse<PaymentResponse> refund(@CurrentActor Actor actor, UUID id,
                                         @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
                                         @Nullable @Body RefundRequest request) {
        RefundRequest body = request == null ? new RefundRequest(null, null) : request;
        RecordedPayment refunded = refund.refund(actor, new PaymentId(id), body.toCommand(),
                IdempotencyKey.ofNullable(idempotencyKey));
        return IdempotencyHeaders.created(mapper.toResponse(refunded.payment()),
                "/api/orders/" + refunded.payment().orderId() + "/payments", refunded.replayed());
    }

    /** The body is taken as raw bytes: the signature covers exactly what Stripe sent. */
    @RateLimited.Exempt
    @Post(value = "/webhooks/stripe", consumes = MediaType.ALL)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Stripe's webhook: payment_intent.succeeded, payment_intent.payment_failed, charge.refunded",
            description = "Verified by the Stripe-Signature header (5 minutes tolerance, both ways); repeated and "
                    + "out-of-order events are applied once. A body that is no event, or an event whose object lacks "
                    + "what Conveyor needs (id, currency, a non-negative amount), answers 400 naming the member; "
                    + "other event types answer 200 and change nothing. A refund is recorded up to what its payment "
                    + "can still give back.")
    @Answers.Invalid
    @Answers.NotFound
    @Answers.Conflict
    Map<String, Boolean> stripeWebhook(@CurrentActor Actor actor,
                                       @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                               schema = @Schema(type = "object",
                                                       additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                                                       description = "a Stripe event")))
                                       @Body byte[] payload,
                                       @Nullable @Header(STRIPE_SIGNATURE) String signature) {
        JsonTexts.require(payload);
        webhooks.handle("stripe", new String(payload, StandardCharsets.UTF_8), signature, actor.correlationId());
        return Map.of("received", true);
    }
}
